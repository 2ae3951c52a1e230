/** The preface's coin-flip model: how likely is a run of wrong calls by chance? */
import type { Params } from '../params';
import { finiteOr, type OutputValue } from './value';

/** (1 − guessAccuracy)^wrongStreak: the chance of `wrongStreak` wrong calls in a row. */
export function streakChance(p: Pick<Params, 'guessAccuracy' | 'wrongStreak'>): OutputValue {
  return finiteOr((1 - p.guessAccuracy) ** p.wrongStreak, 'the accuracy must lie between 0 and 1');
}

export type CoinComparison = 'better' | 'coin' | 'worse';

/** Whether a guesser of this accuracy beats a coin (the preface's real worry is "worse"). */
export function guessVsCoin(guessAccuracy: number): CoinComparison {
  if (Math.abs(guessAccuracy - 0.5) < 1e-9) return 'coin';
  return guessAccuracy > 0.5 ? 'better' : 'worse';
}
