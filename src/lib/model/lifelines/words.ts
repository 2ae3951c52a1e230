/** The lifelines chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, type Origin, type OutputSpec } from '../kit';
import type { LifelinesOutputs } from './compute';
import type { LifelinesParams } from './inputs';

export const LIFELINES_OUTPUT_WORDS: { readonly [K in keyof LifelinesOutputs]: OutputSpec } = {
  expectedLifelineMonths: {
    chapter: 'lifelines', label: 'expected lifeline', kind: 'months',
    formula: 'months between upgrades ÷ chance one upgrade swallows the product',
  },
  expectedProfitUsd: {
    chapter: 'lifelines', label: 'expected profit over the horizon', kind: 'usd', signed: true,
    formula: 'monthly profit × lifeline × (1 − e^(−horizon ÷ lifeline)) − cost to build',
  },
  paybackMonths: {
    chapter: 'lifelines', label: 'months to pay back the cost to build', kind: 'months',
    formula: 'cost to build ÷ monthly profit',
  },
  paybackChance: {
    chapter: 'lifelines', label: 'chance the product lives long enough to pay back', kind: 'ratio',
    formula: 'e^(−chance of being swallowed × payback months ÷ months between upgrades)',
  },
};

export const LIFELINES_ORIGINS: { readonly [K in keyof LifelinesParams]: Origin } = {
  upgradeIntervalMonths: assumption('the 2023 cadence'),
  subsumeChance: assumption('a poorly chosen direction'),
  buildCostUsd: assumption('a small product'),
  monthlyProfitUsd: assumption('a small product'),
  horizonMonths: assumption('two years'),
};
