/** The preface's coin-flip model: how likely is a run of wrong calls by chance? */
import { finiteOr, type ConclusionSpec, type OutputValue } from '../kit';
import type { HomeParams } from './inputs';

export interface HomeOutputs {
  streakChance: OutputValue;
}

/** (1 − guessAccuracy)^wrongStreak: the chance of `wrongStreak` wrong calls in a row. */
export function home(p: HomeParams): HomeOutputs {
  return { streakChance: finiteOr((1 - p.guessAccuracy) ** p.wrongStreak, 'the accuracy must lie between 0 and 1') };
}

export type CoinComparison = 'better' | 'coin' | 'worse';

/** Whether a guesser of this accuracy beats a coin (the preface's real worry is "worse"). */
export function guessVsCoin(guessAccuracy: number): CoinComparison {
  if (Math.abs(guessAccuracy - 0.5) < 1e-9) return 'coin';
  return guessAccuracy > 0.5 ? 'better' : 'worse';
}

export const HOME_CONCLUSIONS = {
  /** Whether the guesser beats a coin. */
  guessVsCoin: {
    chapter: 'home',
    states: ['better', 'coin', 'worse'],
    decide: (p) => guessVsCoin(p.guessAccuracy),
  } satisfies ConclusionSpec<CoinComparison, HomeParams, HomeOutputs>,
};
