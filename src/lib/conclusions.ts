/**
 * Conclusions: statements the model decides, each with a fixed set of states.
 * A chapter writes one sentence per state; the page shows the one in force.
 */
import type { ChapterId, Params } from './params';
import type { Outputs } from './outputs';
import { bandOf, durationVsEssay } from './model/arithmetic';
import { guessVsCoin } from './model/home';
import { isDefined } from './model/value';

export interface ConclusionSpec<S extends string = string> {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly states: readonly S[];
  /** The state for a scenario; `undefined` when an output it needs is undefined. */
  readonly decide: (p: Params, o: Outputs) => S | 'undefined';
}

const conclusion = <S extends string>(spec: ConclusionSpec<S>) => spec;

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
    decide: (_p, o) => (isDefined(o.leveredCostUsd) ? bandOf(o.leveredCostUsd) : 'undefined'),
  }),
  durationVsEssay: conclusion({
    chapter: 'arithmetic',
    label: 'the training time against the essay\'s "about two months"',
    states: ['shorter', 'about', 'longer'],
    decide: (_p, o) => (isDefined(o.trainingDays) ? durationVsEssay(o.trainingDays) : 'undefined'),
  }),
  twoMonthsReachable: conclusion({
    chapter: 'arithmetic',
    label: 'whether any efficiency finishes the run in two months on this cluster',
    states: ['true', 'false'],
    decide: (_p, o) => (isDefined(o.mfuForTwoMonths) ? 'true' : 'false'),
  }),
} as const;

export type ConclusionId = keyof typeof CONCLUSIONS;
export const CONCLUSION_IDS = Object.keys(CONCLUSIONS) as ConclusionId[];
export type Conclusions = Readonly<Record<ConclusionId, string>>;

export function isConclusionId(id: string): id is ConclusionId {
  return Object.hasOwn(CONCLUSIONS, id);
}

export function conclusionStates(id: ConclusionId): readonly string[] {
  return CONCLUSIONS[id].states;
}

export function decideConclusions(p: Params, o: Outputs): Conclusions {
  const result = {} as Record<ConclusionId, string>;
  for (const id of CONCLUSION_IDS) result[id] = CONCLUSIONS[id].decide(p, o);
  return result;
}
