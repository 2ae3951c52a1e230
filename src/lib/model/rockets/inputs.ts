/** The rockets chapter's parameters: label, kind, default, range and scale. */
import type { ParamSpec, ValuesOf } from '../kit';

export const ROCKETS_INPUTS = {
  gpt4CostUsd: {
    chapter: 'rockets', label: 'GPT-4 training cost', kind: 'usd',
    default: 60e6, min: 1e6, max: 1e9, step: 1e5, scale: 'log',
  },
  gpt4Efficiency: {
    chapter: 'rockets', label: "OpenAI's efficiency", kind: 'ratio',
    default: 0.3, min: 0.05, max: 0.9, step: 0.01, scale: 'linear',
  },
  challengerEfficiency: {
    chapter: 'rockets', label: "a challenger's efficiency", kind: 'ratio',
    default: 0.3, min: 0.05, max: 0.9, step: 0.01, scale: 'linear',
  },
  largestRoundCny: {
    chapter: 'rockets', label: 'a very large Chinese funding round', kind: 'cny',
    default: 100e6, min: 1e6, max: 1e10, step: 1e5, scale: 'log',
  },
  typicalRoundCny: {
    chapter: 'rockets', label: 'a typical round (upper end)', kind: 'cny',
    default: 20e6, min: 1e6, max: 1e9, step: 1e5, scale: 'log',
  },
  cnyPerUsd: {
    chapter: 'rockets', label: 'exchange rate', kind: 'fxRate',
    default: 7.3, min: 5, max: 9, step: 0.01, scale: 'linear',
  },
  failureRate: {
    chapter: 'rockets', label: 'chance a training run fails', kind: 'ratio',
    default: 0.5, min: 0, max: 0.99, step: 0.01, scale: 'linear',
  },
} as const satisfies Record<string, ParamSpec>;

export type RocketsParams = ValuesOf<typeof ROCKETS_INPUTS>;
