/** The customization chapter's parameters: label, kind, default, range and scale. */
import type { ParamSpec, ValuesOf } from '../kit';

export const CUSTOMIZATION_INPUTS = {
  monthlyTokens: {
    chapter: 'customization', label: 'tokens processed per month', kind: 'count', unit: 'tokens',
    default: 1e9, min: 1e6, max: 1e13, step: 1e6, scale: 'log',
  },
  apiPricePerMTokUsd: {
    chapter: 'customization', label: 'frontier API price per 1M tokens (blended)', kind: 'usd',
    default: 45, min: 0.01, max: 200, step: 0.01, scale: 'log',
  },
  customServingPerMTokUsd: {
    chapter: 'customization', label: 'serving cost of your own model per 1M tokens', kind: 'usd',
    default: 2, min: 0.01, max: 100, step: 0.01, scale: 'log',
  },
  customTeamUsdPerYear: {
    chapter: 'customization', label: 'team cost per year', kind: 'usd',
    default: 1e6, min: 0, max: 1e8, step: 1e4, scale: 'linear',
  },
  customDataUsd: {
    chapter: 'customization', label: 'data collection and labelling', kind: 'usd',
    default: 200e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  fineTuneRunUsd: {
    chapter: 'customization', label: 'one fine-tuning attempt', kind: 'usd',
    default: 50e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  fineTuneSuccessChance: {
    chapter: 'customization', label: 'chance an attempt reaches the target quality', kind: 'ratio',
    default: 0.3, min: 0.01, max: 1, step: 0.01, scale: 'linear',
  },
  customLifeMonths: {
    chapter: 'customization', label: 'months before the next frontier model makes it obsolete', kind: 'months',
    default: 6, min: 1, max: 60, step: 1, scale: 'linear',
  },
} as const satisfies Record<string, ParamSpec>;

export type CustomizationParams = ValuesOf<typeof CUSTOMIZATION_INPUTS>;
