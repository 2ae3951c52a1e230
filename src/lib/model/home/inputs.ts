/** The home page's preface: judging under noise. */
import type { ParamSpec, ValuesOf } from '../kit';

export const HOME_INPUTS = {
  guessAccuracy: {
    chapter: 'home', label: 'chance a guess is right', kind: 'ratio',
    default: 0.5, min: 0.01, max: 0.99, step: 0.01, scale: 'linear',
  },
  wrongStreak: {
    chapter: 'home', label: 'wrong calls in a row', kind: 'count', unit: 'wrong calls',
    default: 3, min: 1, max: 10, step: 1, scale: 'linear',
  },
} as const satisfies Record<string, ParamSpec>;

export type HomeParams = ValuesOf<typeof HOME_INPUTS>;
