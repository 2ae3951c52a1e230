/** The preface's words: what its outputs mean and where its defaults came from. */
import { essay, type Origin, type OutputSpec } from '../kit';
import type { HomeOutputs } from './compute';
import type { HomeParams } from './inputs';

export const HOME_OUTPUT_WORDS: { readonly [K in keyof HomeOutputs]: OutputSpec } = {
  streakChance: {
    chapter: 'home', label: 'chance of that many wrong calls in a row', kind: 'ratio',
    formula: '(1 − chance a guess is right) ^ wrong calls in a row',
  },
};

export const HOME_ORIGINS: { readonly [K in keyof HomeParams]: Origin } = {
  guessAccuracy: essay('a blind guess on a yes/no question'),
  wrongStreak: essay(),
};
