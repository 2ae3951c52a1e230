/** The rockets chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, essay, type Origin, type OutputSpec } from '../kit';
import type { RocketsOutputs } from './compute';
import type { RocketsParams } from './inputs';

export const ROCKETS_OUTPUT_WORDS: { readonly [K in keyof RocketsOutputs]: OutputSpec } = {
  performanceBarUsd: {
    chapter: 'rockets', label: 'the performance bar GPT-4 sets', kind: 'usd',
    formula: "GPT-4's training cost × OpenAI's efficiency",
  },
  challengerLaunchCostUsd: {
    chapter: 'rockets', label: 'what one challenger launch costs', kind: 'usd',
    formula: "the performance bar ÷ the challenger's efficiency",
  },
  largestRoundUsd: {
    chapter: 'rockets', label: 'a very large Chinese round in dollars', kind: 'usd',
    formula: 'the round in yuan ÷ the exchange rate',
  },
  typicalRoundUsd: {
    chapter: 'rockets', label: 'a typical round in dollars', kind: 'usd',
    formula: 'the round in yuan ÷ the exchange rate',
  },
  launchesAffordable: {
    chapter: 'rockets', label: 'launches the largest round pays for', kind: 'factor',
    formula: 'the largest round in dollars ÷ the cost of one launch',
  },
  typicalLaunchesAffordable: {
    chapter: 'rockets', label: 'launches a typical round pays for', kind: 'factor',
    formula: 'a typical round in dollars ÷ the cost of one launch',
  },
  launchSuccessChance: {
    chapter: 'rockets', label: 'chance that one of the affordable launches succeeds', kind: 'ratio',
    formula: '1 − (chance a run fails) ^ (whole launches affordable); 0 when not one is affordable',
  },
  efficiencyForOneLaunch: {
    chapter: 'rockets', label: 'efficiency at which the largest round buys one launch', kind: 'ratio',
    formula: 'the performance bar ÷ the largest round in dollars',
  },
  roundForOneLaunchCny: {
    chapter: 'rockets', label: 'round that would buy one launch', kind: 'cny',
    formula: 'the cost of one launch × the exchange rate',
  },
};

export const ROCKETS_ORIGINS: { readonly [K in keyof RocketsParams]: Origin } = {
  gpt4CostUsd: essay(undefined, 'semianalysis-gpt4'),
  gpt4Efficiency: essay('"scaffolding efficiency"'),
  challengerEfficiency: assumption('the same as OpenAI'),
  largestRoundCny: essay(),
  typicalRoundCny: essay('the essay gives 5M–20M RMB'),
  cnyPerUsd: assumption('about the rate in September 2023'),
  failureRate: assumption('a coin flip'),
};
