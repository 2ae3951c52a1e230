/**
 * Conclusions: statements the model decides, each with a fixed set of states.
 * A chapter writes one sentence per state; the page shows the one in force.
 */
import type { ChapterId, Params } from './params';
import type { Outputs } from './outputs';
import { bandOf, durationVsEssay } from './model/arithmetic';
import { guessVsCoin } from './model/home';
import { isDefined, type OutputValue } from './model/value';

export interface ConclusionSpec<S extends string = string> {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly states: readonly S[];
  /** The state for a scenario; `undefined` when an output it needs is undefined. */
  readonly decide: (p: Params, o: Outputs) => S | 'undefined';
}

const conclusion = <S extends string>(spec: ConclusionSpec<S>) => spec;

/** A state decided from an output, or "undefined" when that output is not defined. */
function from<S extends string>(v: OutputValue, decide: (x: number) => S): S | 'undefined' {
  return isDefined(v) ? decide(v) : 'undefined';
}
const yesNo = (b: boolean): 'true' | 'false' => (b ? 'true' : 'false');

export const CONCLUSIONS = {
  guessVsCoin: conclusion({
    chapter: 'home',
    label: 'whether the guesser beats a coin',
    states: ['better', 'coin', 'worse'],
    decide: (p) => guessVsCoin(p.guessAccuracy),
  }),
  leveredCostBand: conclusion({
    chapter: 'arithmetic',
    label: "where the levered cost falls against the essay's $3M–$6M",
    states: ['below', 'inside', 'above'],
    decide: (_p, o) => from(o.leveredCostUsd, bandOf),
  }),
  durationVsEssay: conclusion({
    chapter: 'arithmetic',
    label: 'the training time against the essay\'s "about two months"',
    states: ['shorter', 'about', 'longer'],
    decide: (_p, o) => from(o.trainingDays, durationVsEssay),
  }),
  twoMonthsReachable: conclusion({
    chapter: 'arithmetic',
    label: 'whether any efficiency finishes the run in two months on this cluster',
    states: ['true', 'false'],
    decide: (_p, o) => yesNo(isDefined(o.mfuForTwoMonths)),
  }),
  roundCoversLaunch: conclusion({
    chapter: 'rockets',
    label: 'whether the largest round pays for one GPT-4-class launch',
    states: ['true', 'false'],
    decide: (_p, o) => from(o.launchesAffordable, (n) => yesNo(n >= 1)),
  }),
  efficiencyCanClose: conclusion({
    chapter: 'rockets',
    label: 'whether any efficiency lets the largest round buy one launch',
    states: ['true', 'false'],
    decide: (_p, o) => yesNo(isDefined(o.efficiencyForOneLaunch)),
  }),
  customPaysOff: conclusion({
    chapter: 'customization',
    label: 'whether a custom model is cheaper than the API per month',
    states: ['true', 'false'],
    decide: (_p, o) => from(o.customMonthlyUsd, (custom) => from(o.apiMonthlyUsd, (api) => yesNo(custom < api))),
  }),
  visionFits: conclusion({
    chapter: 'multimodal',
    label: 'whether a native vision part fits in the room under the ceiling',
    states: ['true', 'false'],
    decide: (_p, o) => from(o.visionShareOfGrowth, (share) => yesNo(share < 1)),
  }),
  shortProjectPays: conclusion({
    chapter: 'lifelines',
    label: 'whether the product is worth building for its expected life',
    states: ['true', 'false'],
    decide: (_p, o) => from(o.expectedProfitUsd, (profit) => yesNo(profit > 0)),
  }),
  performanceIsMoat: conclusion({
    chapter: 'moats',
    label: 'whether the performance lead keeps most users',
    states: ['true', 'false'],
    decide: (_p, o) => from(o.switchShare, (share) => yesNo(share >= 0.5)),
  }),
  computeStillMoat: conclusion({
    chapter: 'moats',
    label: 'how long compute stays a moat against the largest Chinese round',
    states: ['gone', 'years', 'lasting'],
    decide: (_p, o) => (isDefined(o.yearsUntilRoundAffords) ? (o.yearsUntilRoundAffords === 0 ? 'gone' : 'years') : 'lasting'),
  }),
} as const;

export type ConclusionId = keyof typeof CONCLUSIONS;
export const CONCLUSION_IDS = Object.keys(CONCLUSIONS) as ConclusionId[];
export type Conclusions = Readonly<Record<ConclusionId, string>>;

export function isConclusionId(id: string): id is ConclusionId {
  return Object.hasOwn(CONCLUSIONS, id);
}

export function decideConclusions(p: Params, o: Outputs): Conclusions {
  const result = {} as Record<ConclusionId, string>;
  for (const id of CONCLUSION_IDS) result[id] = CONCLUSIONS[id].decide(p, o);
  return result;
}
