/** The lifelines chapter's parameters: label, kind, default, range and scale. */
import type { ParamSpec, ValuesOf } from '../kit';

export const LIFELINES_INPUTS = {
  upgradeIntervalMonths: {
    chapter: 'lifelines', label: 'months between significant frontier upgrades', kind: 'months',
    default: 3, min: 0.5, max: 24, step: 0.5, scale: 'linear',
  },
  subsumeChance: {
    chapter: 'lifelines', label: "chance that one upgrade swallows the reader's product", kind: 'ratio',
    default: 1, min: 0.01, max: 1, step: 0.01, scale: 'linear',
  },
  buildCostUsd: {
    chapter: 'lifelines', label: 'cost to build the product', kind: 'usd',
    default: 100e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  monthlyProfitUsd: {
    chapter: 'lifelines', label: 'profit per month while alive', kind: 'usd',
    default: 50e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  horizonMonths: {
    chapter: 'lifelines', label: 'planning horizon', kind: 'months',
    default: 24, min: 1, max: 120, step: 1, scale: 'linear',
  },
} as const satisfies Record<string, ParamSpec>;

export type LifelinesParams = ValuesOf<typeof LIFELINES_INPUTS>;
