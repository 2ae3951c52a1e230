/**
 * The moats chapter: whether a performance lead keeps users (a switching
 * curve), and how long compute stays a moat as the cost of a GPT-4-class run
 * falls towards what the largest Chinese round can pay.
 */
import { finiteOr, isDefined, stateOf, undefinedBecause, yesNo, type ConclusionSpec, type OutputValue } from '../kit';
import type { ArithmeticOutputs } from '../arithmetic/compute';
import type { RocketsOutputs } from '../rockets/compute';
import { MOATS, moatParamId, type Moat, type MoatAnswer, type MoatsParams } from './inputs';

/** The essay's date, as a decimal year (early September 2023). */
export const ESSAY_YEAR = 2023 + 8 / 12;

/** The essay's own answer to each candidate moat, as one of the reader's choices (its words are in words.ts). */
export const ESSAY_MOAT_ANSWERS: Readonly<Record<Moat, MoatAnswer>> = {
  compute: 'partly',
  users: 'no',
  performance: 'partly',
  fineTuning: 'no',
  data: 'partly',
  reputation: 'partly',
  ecosystem: 'unsure',
};

export interface MoatsOutputs {
  switchShare: OutputValue;
  costDeclinePerYear: OutputValue;
  yearsUntilRoundAffords: OutputValue;
  roundAffordsDate: OutputValue;
  moatsAnswered: OutputValue;
  moatsAgreed: OutputValue;
}

/** Share of users who switch to a leader that is `gapPct` better (a logistic curve). */
export function switchShareAt(p: Pick<MoatsParams, 'switchMedianPct' | 'switchSpreadPct'>, gapPct: number): number {
  return 1 / (1 + Math.exp(-(gapPct - p.switchMedianPct) / p.switchSpreadPct));
}

export function moats(
  p: MoatsParams,
  a: Pick<ArithmeticOutputs, 'combinedGain' | 'trainingCostUsd'>,
  r: Pick<RocketsOutputs, 'largestRoundUsd'>,
): MoatsOutputs {
  // The essay's levers arrive over "about two years": the cost falls by √(combined gain) a year.
  const decline = isDefined(a.combinedGain) ? Math.sqrt(a.combinedGain) : Number.NaN;
  let years: OutputValue;
  if (!isDefined(a.trainingCostUsd) || !isDefined(r.largestRoundUsd) || !Number.isFinite(decline)) {
    years = undefinedBecause('the cost or the round is not defined for these numbers');
  } else if (a.trainingCostUsd <= r.largestRoundUsd) {
    years = 0;
  } else if (decline <= 1) {
    years = undefinedBecause('with these levers the cost does not fall, so the round never catches up');
  } else {
    years = Math.log(a.trainingCostUsd / r.largestRoundUsd) / Math.log(decline);
  }
  const answers = MOATS.map((m) => [m, p[moatParamId(m)]] as const).filter(([, v]) => v !== 'unanswered');
  return {
    switchShare: finiteOr(switchShareAt(p, p.qualityGapPct), 'the spread must be above zero'),
    costDeclinePerYear: finiteOr(decline, 'the levers are not defined for these numbers'),
    yearsUntilRoundAffords: years,
    roundAffordsDate: isDefined(years) ? ESSAY_YEAR + years : years,
    moatsAnswered: answers.length,
    moatsAgreed: answers.filter(([m, v]) => v === ESSAY_MOAT_ANSWERS[m]).length,
  };
}

type MoatsConclusion<S extends string> = ConclusionSpec<S, MoatsParams, MoatsOutputs>;

export const MOATS_CONCLUSIONS = {
  /** Whether the performance lead keeps most users. */
  performanceIsMoat: {
    chapter: 'moats',
    states: ['true', 'false'],
    decide: (_p, o) => stateOf(o.switchShare, (share) => yesNo(share >= 0.5)),
  } satisfies MoatsConclusion<'true' | 'false'>,
  /** How long compute stays a moat against the largest Chinese round. */
  computeStillMoat: {
    chapter: 'moats',
    states: ['gone', 'years', 'lasting'],
    decide: (_p, o) => (isDefined(o.yearsUntilRoundAffords) ? (o.yearsUntilRoundAffords === 0 ? 'gone' : 'years') : 'lasting'),
  } satisfies MoatsConclusion<'gone' | 'years' | 'lasting'>,
  /** Whether the reader has answered any candidate moat yet (so the page never shows "0 of 0"). */
  moatsTally: {
    chapter: 'moats',
    states: ['none', 'some'],
    decide: (_p, o) => stateOf(o.moatsAnswered, (n) => (n > 0 ? 'some' : 'none')),
  } satisfies MoatsConclusion<'none' | 'some'>,
};
