/**
 * The rockets chapter: the performance bar GPT-4 sets, what a Chinese funding
 * round buys against it, and the chance that the launches it affords succeed.
 */
import { finiteOr, isDefined, stateOf, undefinedBecause, yesNo, type ConclusionSpec, type OutputValue } from '../kit';
import type { RocketsParams } from './inputs';

export interface RocketsOutputs {
  performanceBarUsd: OutputValue;
  challengerLaunchCostUsd: OutputValue;
  largestRoundUsd: OutputValue;
  typicalRoundUsd: OutputValue;
  launchesAffordable: OutputValue;
  typicalLaunchesAffordable: OutputValue;
  launchSuccessChance: OutputValue;
  efficiencyForOneLaunch: OutputValue;
  roundForOneLaunchCny: OutputValue;
}

const POSITIVE = 'the costs, efficiencies and exchange rate must all be above zero';

export function rockets(p: RocketsParams): RocketsOutputs {
  // "Performance = efficiency × cost": what GPT-4 delivered, in dollars of effective compute.
  const performanceBarUsd = p.gpt4CostUsd * p.gpt4Efficiency;
  const challengerLaunchCostUsd = performanceBarUsd / p.challengerEfficiency;
  const largestRoundUsd = p.largestRoundCny / p.cnyPerUsd;
  const typicalRoundUsd = p.typicalRoundCny / p.cnyPerUsd;
  const launchesAffordable = largestRoundUsd / challengerLaunchCostUsd;
  const whole = Math.floor(launchesAffordable);
  // At least one of the affordable launches succeeds; none are affordable → no chance.
  const launchSuccessChance = whole < 1 ? 0 : 1 - p.failureRate ** whole;
  // The efficiency at which the largest round pays for exactly one launch.
  const efficiencyForOneLaunch = performanceBarUsd / largestRoundUsd;
  return {
    performanceBarUsd: finiteOr(performanceBarUsd, POSITIVE),
    challengerLaunchCostUsd: finiteOr(challengerLaunchCostUsd, POSITIVE),
    largestRoundUsd: finiteOr(largestRoundUsd, POSITIVE),
    typicalRoundUsd: finiteOr(typicalRoundUsd, POSITIVE),
    launchesAffordable: finiteOr(launchesAffordable, POSITIVE),
    typicalLaunchesAffordable: finiteOr(typicalRoundUsd / challengerLaunchCostUsd, POSITIVE),
    launchSuccessChance: finiteOr(launchSuccessChance, POSITIVE),
    efficiencyForOneLaunch:
      efficiencyForOneLaunch > 1
        ? undefinedBecause('no efficiency could do it: even at 100%, the performance bar alone costs more than the round')
        : finiteOr(efficiencyForOneLaunch, POSITIVE),
    roundForOneLaunchCny: finiteOr(challengerLaunchCostUsd * p.cnyPerUsd, POSITIVE),
  };
}

type RocketsConclusion = ConclusionSpec<'true' | 'false', RocketsParams, RocketsOutputs>;

export const ROCKETS_CONCLUSIONS = {
  /** Whether the largest round pays for one GPT-4-class launch. */
  roundCoversLaunch: {
    chapter: 'rockets',
    states: ['true', 'false'],
    decide: (_p, o) => stateOf(o.launchesAffordable, (n) => yesNo(n >= 1)),
  } satisfies RocketsConclusion,
  /** Whether any efficiency lets the largest round buy one launch. */
  efficiencyCanClose: {
    chapter: 'rockets',
    states: ['true', 'false'],
    decide: (_p, o) => yesNo(isDefined(o.efficiencyForOneLaunch)),
  } satisfies RocketsConclusion,
};
