/** The moats chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, essay, orNaN, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { FACTS } from '../../facts';
import { formatFraction, formatMonthYear, formatUsd } from '../../format';
import type { ArithmeticOutputs } from '../arithmetic/compute';
import type { RocketsOutputs } from '../rockets/compute';
import { MOATS, moatParamId, type Moat, type MoatParamId, type MoatsParams } from './inputs';
import { ESSAY_YEAR, switchShareAt, type MoatsOutputs } from './compute';

/** The essay's own answer to each candidate moat, in our words (as a choice: ESSAY_MOAT_ANSWERS). */
export const ESSAY_MOAT_WORDS: Readonly<Record<Moat, string>> = {
  compute: 'yes for now, no later',
  users: 'maybe, but probably not',
  performance: 'yes, in part: a cliff-like lead is; a 10% lead is hard to call one',
  fineTuning: 'definitely not',
  data: 'possibly: knowing how to gather data is',
  reputation: 'it can be',
  ecosystem: 'uncertain',
};

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
  qualityGapPct: essay('"+10% is hard to call a barrier"'),
  switchMedianPct: assumption('a guess'),
  switchSpreadPct: assumption('a guess'),
  ...readerAnswers(),
};

function readerAnswers(): Record<MoatParamId, Origin> {
  const reader: Origin = { kind: 'reader', note: 'your own answer, kept in the link you share' };
  return Object.fromEntries(MOATS.map((m) => [moatParamId(m), reader])) as Record<MoatParamId, Origin>;
}

type MoatsChartOutputs = Pick<ArithmeticOutputs, 'trainingCostUsd'> & Pick<RocketsOutputs, 'largestRoundUsd'> & MoatsOutputs;

export interface MoatLines {
  readonly line: readonly { readonly year: number; readonly usd: number }[];
  readonly round: number;
  readonly years: number;
  readonly span: number;
  readonly cross: { readonly year: number; readonly usd: number } | undefined;
}

/** The cost of the modelled run (GPT-4's by default) by date, falling at the levers' pace, against the largest round. */
function moatLines(o: MoatsChartOutputs): MoatLines {
  const cost = orNaN(o.trainingCostUsd);
  const decline = orNaN(o.costDeclinePerYear);
  const round = orNaN(o.largestRoundUsd);
  const years = orNaN(o.yearsUntilRoundAffords);
  const span = Math.min(10, Math.max(4, Number.isFinite(years) ? years * 1.6 : 6));
  const line = Array.from({ length: 41 }, (_, i) => {
    const t = (span * i) / 40;
    return { year: ESSAY_YEAR + t, usd: cost / decline ** t };
  });
  return { line, round, years, span, cross: Number.isFinite(years) ? { year: ESSAY_YEAR + years, usd: Math.min(cost, round) } : undefined };
}

export interface SwitchPoint {
  readonly gap: number;
  readonly share: number;
}

export const MOATS_CHARTS = {
  computeMoat: {
    title: 'The cost of the modelled training run against the largest Chinese round',
    rows: (_p, o) => moatLines(o),
    takeaway(_p, _o, m) {
      if (!m.cross) return 'At this pace the largest round never pays for a run.';
      if (m.years <= 0) return 'The largest round already pays for a run in September 2023.';
      return `The largest round pays for a run from ${formatMonthYear(m.cross.year)}.`;
    },
    describe(_p, _o, m) {
      // The lines meet only if the cost starts above the round; otherwise it is below from the start.
      const when = !m.cross
        ? 'At this pace the lines never meet.'
        : m.years <= 0
          ? 'The cost line starts below the round: the round already pays for a run.'
          : `The lines meet in ${formatMonthYear(m.cross.year)}.`;
      return `A falling line on a log scale: the cost of the training run set up in the arithmetic chapter (GPT-4’s at the essay’s numbers) from September 2023, against a flat line for the largest round, ${formatUsd(m.round)}. ${when} A dot marks DeepSeek-V3’s reported ${formatUsd(FACTS.deepseekV3CostUsd.value)} in December 2024.`;
    },
    table: (_p, _o, m) => ({
      columns: ['Date', 'Cost of a run'],
      rows: m.line.filter((_, i) => i % 5 === 0).map((d) => [formatMonthYear(d.year), formatUsd(d.usd)]),
    }),
  } satisfies ChartWords<MoatsParams, MoatsChartOutputs, MoatLines>,
  switching: {
    title: 'Share of users who switch, by how much better the leader is',
    /** The switching curve over quality gaps of 0–200%. */
    rows: (p) =>
      Array.from({ length: 81 }, (_, i): SwitchPoint => {
        const gap = i * 2.5;
        return { gap, share: switchShareAt(p, gap) };
      }),
    takeaway: (p, o) => `At a ${p.qualityGapPct}% lead, ${formatFraction(orNaN(o.switchShare))} of users switch; half switch at ${p.switchMedianPct}%.`,
    describe: (p, o) =>
      `An S-shaped curve: few users switch for a small lead, most for a large one; half switch at a ${p.switchMedianPct}% lead (our guess). At your ${p.qualityGapPct}% lead, ${formatFraction(orNaN(o.switchShare))} switch.`,
    table: (_p, _o, curve) => ({
      columns: ['Lead', 'Users who switch'],
      rows: curve.filter((_, i) => i % 8 === 0).map((d) => [`${d.gap}%`, formatFraction(d.share)]),
    }),
  } satisfies ChartWords<MoatsParams, MoatsOutputs, SwitchPoint[]>,
};
