/**
 * What each chart says in words and as a table: its text description and its
 * data, computed from the scenario without Plot, so that both stay live (and
 * readable without the picture) at no download cost.
 */
import { type Params, computeOutputs } from '../model/numbers';
import { isDefined } from '../model/kit';
import type { ChartId } from './ids';
import { formatFactor, formatUsd, formatCount, formatFraction, formatMonthYear } from '../format';
import { apiMonthlyAt, customMonthlyAt } from '../model/customization/compute';
import { ARCHETYPES, survivalAt } from '../model/lifelines/compute';
import { ESSAY_YEAR, switchShareAt } from '../model/moats/compute';
import {
  arithmetic,
  bandOf,
  leverSteps,
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  EPOCH_COMPUTE_GROWTH_LOW,
} from '../model/arithmetic/compute';
import { FACTS } from '../facts';

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

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);

/** Rows of the rockets chapter's bars: rounds against the cost of a launch. */
export function launchRows(p: Params) {
  const o = computeOutputs(p);
  return [
    { label: 'A typical round', usd: num(o.typicalRoundUsd), kind: 'round' },
    { label: 'A very large round', usd: num(o.largestRoundUsd), kind: 'round' },
    { label: 'The performance bar', usd: num(o.performanceBarUsd), kind: 'cost' },
    { label: 'One challenger launch', usd: num(o.challengerLaunchCostUsd), kind: 'cost' },
  ] as const;
}

/** Monthly volumes along the customization chart's x-axis (1M to 10T tokens, log-spaced). */
export const VOLUME_GRID = Array.from({ length: 29 }, (_, i) => 10 ** (6 + i / 4));

export function costLines(p: Params) {
  return VOLUME_GRID.flatMap((tokens) => [
    { tokens, usd: apiMonthlyAt(p, tokens), series: 'Frontier API' },
    { tokens, usd: customMonthlyAt(p, tokens), series: 'Custom model' },
  ]);
}

/** The sizes on the multimodal chapter's log-scale chart, live ones from the scenario. */
export function sizeRows(p: Params) {
  const o = computeOutputs(p);
  return [
    { label: 'Stable Diffusion 1.x', params: FACTS.sd1Params.value, live: false },
    { label: 'SDXL base', params: FACTS.sdxlBaseParams.value, live: false },
    { label: 'SDXL with refiner', params: FACTS.sdxlEnsembleParams.value, live: false },
    { label: 'GPT-3', params: FACTS.gpt3Params.value, live: false },
    { label: 'GPT-4 (leak)', params: num(o.totalParams), live: true },
    { label: 'Native vision part', params: num(o.visionParams), live: true },
    { label: 'The ceiling', params: num(o.ceilingTotalParams), live: true },
  ];
}

/** Survival curves: the essay's three archetypes, and the reader's product when it differs. */
export function survivalSeries(p: Params) {
  const kinds: { label: string; subsumeChance: number }[] = ARCHETYPES.map((a) => ({ label: a.label, subsumeChance: a.subsumeChance }));
  if (!ARCHETYPES.some((a) => a.subsumeChance === p.subsumeChance)) kinds.push({ label: 'Your product', subsumeChance: p.subsumeChance });
  const steps = 48;
  return kinds.flatMap((k) =>
    Array.from({ length: steps + 1 }, (_, i) => {
      const month = (p.horizonMonths * i) / steps;
      return { month, alive: survivalAt({ upgradeIntervalMonths: p.upgradeIntervalMonths, subsumeChance: k.subsumeChance }, month), series: k.label };
    }),
  );
}

/** The cost of a GPT-4-class run by date, falling at the levers' pace, against the largest round. */
export function moatLines(p: Params) {
  const o = computeOutputs(p);
  const cost = num(o.trainingCostUsd);
  const decline = num(o.costDeclinePerYear);
  const round = num(o.largestRoundUsd);
  const years = num(o.yearsUntilRoundAffords);
  const span = Math.min(10, Math.max(4, Number.isFinite(years) ? years * 1.6 : 6));
  const line = Array.from({ length: 41 }, (_, i) => {
    const t = (span * i) / 40;
    return { year: ESSAY_YEAR + t, usd: cost / decline ** t };
  });
  return { line, round, years, span, cross: Number.isFinite(years) ? { year: ESSAY_YEAR + years, usd: Math.min(cost, round) } : undefined };
}

/** The switching curve over quality gaps of 0–200%. */
export function switchingCurve(p: Params) {
  return Array.from({ length: 81 }, (_, i) => {
    const gap = i * 2.5;
    return { gap, share: switchShareAt(p, gap) };
  });
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
  launches: {
    title: 'What a round buys against what a launch costs',
    describe: (p) => {
      const o = computeOutputs(p);
      return `Bars on a log scale: a typical round of ${formatUsd(num(o.typicalRoundUsd))} and a very large one of ${formatUsd(num(o.largestRoundUsd))}, against GPT-4’s performance bar of ${formatUsd(num(o.performanceBarUsd))} and one challenger launch at ${formatUsd(num(o.challengerLaunchCostUsd))}. The largest round pays for ${formatFactor(num(o.launchesAffordable))} of a launch.`;
    },
    table: (p) => ({
      columns: ['', 'US$'],
      rows: launchRows(p).map((r) => [r.label, formatUsd(r.usd)]),
    }),
  },
  customVsApi: {
    title: 'Monthly cost of a frontier API and of a custom model, by volume',
    describe: (p) => {
      const o = computeOutputs(p);
      const be = o.breakEvenMonthlyTokens;
      const where = typeof be === 'number' ? `The lines cross at ${formatCount(be)} tokens a month.` : 'The lines never cross: the custom model costs more per token to serve.';
      return `Two lines on log scales. The API’s cost rises in step with volume; the custom model’s starts from its fixed cost of ${formatUsd(num(o.customFixedUsd))} spread over ${p.customLifeMonths} months. ${where} At your ${formatCount(p.monthlyTokens)} tokens a month the API costs ${formatUsd(num(o.apiMonthlyUsd))} and the custom model ${formatUsd(num(o.customMonthlyUsd))}.`;
    },
    table: (p) => ({
      columns: ['Tokens a month', 'Frontier API', 'Custom model'],
      rows: VOLUME_GRID.filter((_, i) => i % 4 === 0).map((t) => [formatCount(t), formatUsd(apiMonthlyAt(p, t)), formatUsd(customMonthlyAt(p, t))]),
    }),
  },
  modelSizes: {
    title: 'Model sizes, from image models to the ceiling',
    describe: (p) => {
      const rows = sizeRows(p);
      return `Bars on a log scale: ${rows.map((r) => `${r.label} ${formatCount(r.params)}`).join(', ')}. Image models are one to three orders of magnitude smaller than language models.`;
    },
    table: (p) => ({
      columns: ['Model', 'Parameters'],
      rows: sizeRows(p).map((r) => [r.label, formatCount(r.params)]),
    }),
  },
  survival: {
    title: 'How many products are still alive, month by month',
    describe: (p) => {
      const curves = survivalSeries(p);
      const last = (label: string) => curves.filter((c) => c.series === label).at(-1)?.alive ?? Number.NaN;
      const labels = [...new Set(curves.map((c) => c.series))];
      return `Falling curves over ${p.horizonMonths} months with an upgrade every ${p.upgradeIntervalMonths} months; still alive at the end: ${labels.map((l) => `${l.toLowerCase()} ${formatFraction(last(l))}`).join(', ')}.`;
    },
    table: (p) => {
      const curves = survivalSeries(p);
      const labels = [...new Set(curves.map((c) => c.series))];
      const months = [...new Set(curves.map((c) => c.month))].filter((_, i) => i % 8 === 0);
      return {
        columns: ['Month', ...labels],
        rows: months.map((m) => [String(Math.round(m)), ...labels.map((l) => formatFraction(curves.find((c) => c.series === l && c.month === m)?.alive ?? Number.NaN))]),
      };
    },
  },
  computeMoat: {
    title: 'The cost of a GPT-4-class run against the largest Chinese round',
    describe: (p) => {
      const m = moatLines(p);
      const when = m.cross ? `The lines meet in ${formatMonthYear(m.cross.year)}.` : 'At this pace the lines never meet.';
      return `A falling line on a log scale: the cost of a GPT-4-class run from September 2023, against a flat line for the largest round, ${formatUsd(m.round)}. ${when} A dot marks DeepSeek-V3’s reported ${formatUsd(FACTS.deepseekV3CostUsd.value)} in December 2024.`;
    },
    table: (p) => ({
      columns: ['Date', 'Cost of a run'],
      rows: moatLines(p).line.filter((_, i) => i % 5 === 0).map((d) => [formatMonthYear(d.year), formatUsd(d.usd)]),
    }),
  },
  switching: {
    title: 'Share of users who switch, by how much better the leader is',
    describe: (p) => {
      const o = computeOutputs(p);
      return `An S-shaped curve: few users switch for a small lead, most for a large one; half switch at a ${p.switchMedianPct}% lead. At your ${p.qualityGapPct}% lead, ${formatFraction(num(o.switchShare))} switch.`;
    },
    table: (p) => ({
      columns: ['Lead', 'Users who switch'],
      rows: switchingCurve(p).filter((_, i) => i % 8 === 0).map((d) => [`${d.gap}%`, formatFraction(d.share)]),
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
