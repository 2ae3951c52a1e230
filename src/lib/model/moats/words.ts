/** The moats chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, essay, type Origin, type OutputSpec } from '../kit';
import { MOATS, moatParamId, type MoatParamId } from './inputs';
import type { MoatsOutputs } from './compute';
import type { MoatsParams } from './inputs';

export const MOATS_OUTPUT_WORDS: { readonly [K in keyof MoatsOutputs]: OutputSpec } = {
  switchShare: {
    chapter: 'moats', label: 'share of users who switch to the leader', kind: 'ratio',
    formula: '1 ÷ (1 + e^(−(quality gap − median switching gap) ÷ spread))',
  },
  costDeclinePerYear: {
    chapter: 'moats', label: 'fall in the cost of the modelled run per year', kind: 'factor',
    formula: "√(the arithmetic chapter's five levers together), the essay's 'about two years'",
  },
  yearsUntilRoundAffords: {
    chapter: 'moats', label: 'years until the largest round pays for the modelled run', kind: 'years',
    formula: 'ln(training cost ÷ the largest round in dollars) ÷ ln(fall per year); 0 if it already does',
  },
  roundAffordsDate: {
    chapter: 'moats', label: 'when the largest round pays for the modelled run', kind: 'monthYear',
    formula: 'September 2023 + years until the largest round pays',
  },
  moatsAnswered: {
    chapter: 'moats', label: 'moats you have answered', kind: 'count',
    formula: 'your answers other than "no answer yet"',
  },
  moatsAgreed: {
    chapter: 'moats', label: 'moats where you agree with the essay', kind: 'count',
    formula: "your answers that match the essay's",
  },
};

export const MOATS_ORIGINS: { readonly [K in keyof MoatsParams]: Origin } = {
  qualityGapPct: essay('"+10% is no barrier"'),
  switchMedianPct: assumption('a guess'),
  switchSpreadPct: assumption('a guess'),
  ...readerAnswers(),
};

function readerAnswers(): Record<MoatParamId, Origin> {
  const reader: Origin = { kind: 'reader', note: 'your own answer, kept in the link you share' };
  return Object.fromEntries(MOATS.map((m) => [moatParamId(m), reader])) as Record<MoatParamId, Origin>;
}
