/** The rockets chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, essay, orNaN, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { formatFactor, formatFraction, formatUsd } from '../../format';
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

/** Rows of the rockets chapter's bars: rounds against the cost of a launch. */
function launchRows(o: RocketsOutputs) {
  return [
    { label: 'A typical round', usd: orNaN(o.typicalRoundUsd), kind: 'round' },
    { label: 'A very large round', usd: orNaN(o.largestRoundUsd), kind: 'round' },
    { label: 'The performance bar', usd: orNaN(o.performanceBarUsd), kind: 'cost' },
    { label: 'One challenger launch', usd: orNaN(o.challengerLaunchCostUsd), kind: 'cost' },
  ] as const;
}

export const ROCKETS_CHARTS = {
  launches: {
    title: 'What a round buys against what a launch costs',
    rows: (_p, o) => launchRows(o),
    takeaway(_p, o) {
      const share = orNaN(o.launchesAffordable);
      return share < 1 ? `The largest round covers ${formatFraction(share)} of one launch.` : `The largest round pays for ${formatFactor(share)} launches.`;
    },
    describe: (_p, o) =>
      `Bars from zero, so that their lengths compare: a typical round of ${formatUsd(orNaN(o.typicalRoundUsd))} and a very large one of ${formatUsd(orNaN(o.largestRoundUsd))}, against GPT-4’s performance bar of ${formatUsd(orNaN(o.performanceBarUsd))} and one challenger launch at ${formatUsd(orNaN(o.challengerLaunchCostUsd))}. The largest round pays for ${formatFactor(orNaN(o.launchesAffordable))} of a launch.`,
    table: (_p, _o, rows) => ({
      columns: ['', 'US$'],
      rows: rows.map((r) => [r.label, formatUsd(r.usd)]),
    }),
  } satisfies ChartWords<RocketsParams, RocketsOutputs, ReturnType<typeof launchRows>>,
};
