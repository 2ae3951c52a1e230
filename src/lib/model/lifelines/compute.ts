/**
 * The lifelines chapter: how long a product built on a frontier model lives
 * when each upgrade may swallow it, and whether a short life still pays.
 * Upgrades arrive every `upgradeIntervalMonths`; each swallows the product
 * with probability `subsumeChance`, so survival decays exponentially.
 */
import { finiteOr, stateOf, undefinedBecause, yesNo, type ConclusionSpec, type OutputValue } from '../kit';
import type { LifelinesParams } from './inputs';

/** The essay's three archetypes, as chances that one upgrade swallows the product (3 / 6 / 12 months at a 3-month cadence). */
export const ARCHETYPES = [
  { id: 'wrapper', subsumeChance: 1 },
  { id: 'coupling', subsumeChance: 0.5 },
  { id: 'direction', subsumeChance: 0.25 },
] as const;
export type Archetype = (typeof ARCHETYPES)[number]['id'];

export interface LifelinesOutputs {
  expectedLifelineMonths: OutputValue;
  expectedProfitUsd: OutputValue;
  paybackMonths: OutputValue;
  paybackChance: OutputValue;
}

/** The chance the product is still alive after t months. */
export function survivalAt(p: Pick<LifelinesParams, 'upgradeIntervalMonths' | 'subsumeChance'>, months: number): number {
  return Math.exp((-p.subsumeChance * months) / p.upgradeIntervalMonths);
}

export function lifelines(p: LifelinesParams): LifelinesOutputs {
  const L = p.upgradeIntervalMonths / p.subsumeChance;
  // Expected profit over the horizon: ∫₀ᴴ profit × e^(−t/L) dt − build cost.
  const expectedProfitUsd = p.monthlyProfitUsd * L * (1 - Math.exp(-p.horizonMonths / L)) - p.buildCostUsd;
  const never = p.monthlyProfitUsd <= 0 && p.buildCostUsd > 0;
  const paybackMonths = p.buildCostUsd <= 0 ? 0 : p.buildCostUsd / p.monthlyProfitUsd;
  const reason = 'with no monthly profit the product never pays back its cost';
  return {
    expectedLifelineMonths: finiteOr(L, 'the chance of being swallowed must be above zero'),
    expectedProfitUsd: finiteOr(expectedProfitUsd, 'the chance of being swallowed must be above zero'),
    paybackMonths: never ? undefinedBecause(reason) : finiteOr(paybackMonths, reason),
    paybackChance: never ? undefinedBecause(reason) : finiteOr(survivalAt(p, paybackMonths), reason),
  };
}

export const LIFELINES_CONCLUSIONS = {
  /** Whether the product is worth building for its expected life. */
  shortProjectPays: {
    chapter: 'lifelines',
    states: ['true', 'false'],
    decide: (_p, o) => stateOf(o.expectedProfitUsd, (profit) => yesNo(profit > 0)),
  } satisfies ConclusionSpec<'true' | 'false', LifelinesParams, LifelinesOutputs>,
};
