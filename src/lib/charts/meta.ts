/**
 * What each chart says in words and as a table: its text description and its
 * data, computed from the scenario without Plot, so that both stay live (and
 * readable without the picture) at no download cost.
 */
import type { Params } from '../params';
import type { ChartId } from './ids';
import { formatFactor, formatUsd, formatCount } from '../format';
import {
  arithmetic,
  bandOf,
  leverSteps,
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  EPOCH_COMPUTE_GROWTH_LOW,
} from '../model/arithmetic';
import { FACTS } from '../facts';
import { isDefined } from '../model/value';

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ChartMeta {
  readonly title: string;
  readonly describe: (p: Params) => string;
  readonly table: (p: Params) => ChartTable;
}

/** Compute growth per year along the ceiling chart's x-axis. */
export const GROWTH_GRID = [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6] as const;

export function extremeAt(p: Params, growth: number): number | undefined {
  const ceiling = arithmetic(p).ceilingTotalParams;
  return isDefined(ceiling) ? ceiling * Math.sqrt(growth ** p.horizonYears) : undefined;
}

const BAND_WORDS = { below: 'below', inside: 'inside', above: 'above' } as const;

export const CHART_META: Readonly<Record<ChartId, ChartMeta>> = {
  levers: {
    title: 'From the leak’s cost to the cost with every lever pulled',
    describe: (p) => {
      const steps = leverSteps(p);
      if (!steps) return 'The chart cannot be drawn for these inputs.';
      const first = steps[0];
      const last = steps.at(-1);
      if (!first || !last) return '';
      const levers = steps
        .slice(1, -1)
        .map((s) => `${s.label.charAt(0).toLowerCase()}${s.label.slice(1)} ÷${formatFactor(s.gain).replace('×', '')}`)
        .join(', ');
      return `Bars on a log scale step down from ${formatUsd(first.to)} with the leak’s inputs, through five levers (${levers}), to ${formatUsd(last.to)}, ${BAND_WORDS[bandOf(last.to)]} the essay’s ${formatUsd(ESSAY_BAND_LOW_USD)}–${formatUsd(ESSAY_BAND_HIGH_USD)} band. A line marks DeepSeek-V3’s reported ${formatUsd(FACTS.deepseekV3CostUsd.value)} (December 2024).`;
    },
    table: (p) => ({
      columns: ['Step', 'Divides the cost by', 'Cost after the step'],
      rows: (leverSteps(p) ?? []).map((s) => [s.label, s.id === 'baseline' || s.id === 'levered' ? '—' : formatFactor(s.gain), formatUsd(s.to)]),
    }),
  },
  ceilingGrowth: {
    title: 'How big a model the patience ceiling allows, by growth of compute',
    describe: (p) => {
      const mine = extremeAt(p, p.computeGrowthPerYear);
      const epoch = extremeAt(p, EPOCH_COMPUTE_GROWTH_LOW);
      if (mine === undefined || epoch === undefined) return 'The chart cannot be drawn for these inputs.';
      return `A rising line on log scales: the largest model after ${p.horizonYears} years against the growth of usable compute per year. At your ${formatFactor(p.computeGrowthPerYear)} a year it reaches ${formatCount(mine)} parameters; a band marks the essay’s 20T–50T; at Epoch AI’s measured ${formatFactor(EPOCH_COMPUTE_GROWTH_LOW)} a year it would be ${formatCount(epoch)}.`;
    },
    table: (p) => ({
      columns: ['Compute growth per year', `Largest model after ${p.horizonYears} years`],
      rows: [...new Set([...GROWTH_GRID, p.computeGrowthPerYear])]
        .sort((a, b) => a - b)
        .map((g) => [formatFactor(g), formatCount(extremeAt(p, g) ?? Number.NaN)]),
    }),
  },
};
