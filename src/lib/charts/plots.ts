/**
 * The charts as Observable Plot specs: pure functions from a chart's rows (and
 * the inputs and outputs the store has already computed) to an SVG element.
 * Used at build time (with linkedom's document) and, loaded on demand, in the
 * browser. The rows come from the chapters' words (model/charts.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Outputs, Params } from '../model/numbers';
import { CHARTS, type ChartId, type ChartRows } from '../model/charts';

export { isChartId } from '../model/charts';
import { orNaN, type ChartWords } from '../model/kit';
import { formatCount, formatFactor, formatFraction, formatMonthYear, formatUsd } from '../format';
import { ESSAY_YEAR } from '../model/moats/compute';
import {
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  ESSAY_EXTREME_HIGH_PARAMS,
  ESSAY_EXTREME_LOW_PARAMS,
  EPOCH_COMPUTE_GROWTH_LOW,
} from '../model/arithmetic/compute';
import { SERIES } from '../model/customization/words';
import { YOUR_PRODUCT } from '../model/lifelines/words';
import { FACTS } from '../facts';
import { hidePicture } from './a11y';

const CHART_WIDTH = 640;
const CHART_HEIGHT = 360;

function base(document: Document | undefined): Plot.PlotOptions {
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    ...(document ? { document } : {}),
  };
}

function levers(_p: Params, _o: Outputs, leverSteps: ChartRows<'levers'>, document?: Document): Plot.PlotOptions {
  const steps = leverSteps ?? [];
  const deepseek = FACTS.deepseekV3CostUsd.value;
  const values = steps.flatMap((s) => [s.from, s.to]).filter((v) => v > 0);
  const lo = Math.min(...values, ESSAY_BAND_LOW_USD) / 2;
  const hi = Math.max(...values, ESSAY_BAND_HIGH_USD) * 1.8;
  const rows = steps.map((s) => ({
    ...s,
    y1: s.from > 0 ? s.from : lo,
    y2: s.to,
    value: formatUsd(s.to),
    step: s.id === 'baseline' || s.id === 'levered' ? '' : `÷${formatFactor(s.gain).replace('×', '')}`,
    total: s.id === 'baseline' || s.id === 'levered',
  }));
  const middle = rows[3]?.label;
  return {
    ...base(document),
    marginLeft: 60,
    marginBottom: 44,
    x: {
      domain: rows.map((r) => r.label),
      label: null,
      padding: 0.25,
      // Two-word labels on two lines, so that they fit on a phone.
      tickFormat: (d: string) => d.replace(' ', '\n'),
    },
    y: { type: 'log', domain: [lo, hi], label: 'Training cost (US$, log scale)', tickFormat: (d: number) => formatUsd(d), ticks: 6, grid: true },
    marks: [
      Plot.rectY([0], { y1: ESSAY_BAND_LOW_USD, y2: ESSAY_BAND_HIGH_USD, className: 'band' }),
      ...(middle ? [Plot.text([`Essay’s target, ${formatUsd(ESSAY_BAND_LOW_USD)}–${formatUsd(ESSAY_BAND_HIGH_USD)}`], { x: [middle], y: [ESSAY_BAND_LOW_USD], dy: 4, lineAnchor: 'top', className: 'band-label' })] : []),
      Plot.barY(rows.filter((r) => r.total), { x: 'label', y1: 'y1', y2: 'y2', className: 'bar-total' }),
      Plot.barY(rows.filter((r) => !r.total), { x: 'label', y1: 'y1', y2: 'y2', className: 'bar-step' }),
      Plot.text(rows.filter((r) => r.total), { x: 'label', y: 'y2', text: 'value', dy: -6, lineAnchor: 'bottom', className: 'bar-value' }),
      Plot.text(rows.filter((r) => !r.total), { x: 'label', y: 'y2', text: 'value', dy: 6, lineAnchor: 'top', className: 'bar-value' }),
      Plot.text(rows.filter((r) => !r.total), { x: 'label', y: 'y1', text: 'step', dy: -6, lineAnchor: 'bottom', className: 'bar-step-label' }),
      Plot.ruleY([deepseek], { className: 'marker', strokeDasharray: '4 3' }),
      ...(middle ? [Plot.text([`DeepSeek-V3, ${formatUsd(deepseek)} (Dec 2024)`], { x: [middle], y: [deepseek], dy: 4, lineAnchor: 'top', className: 'marker-label' })] : []),
    ],
  };
}

function ceilingGrowth(p: Params, _o: Outputs, { grid: line, mine }: ChartRows<'ceilingGrowth'>, document?: Document): Plot.PlotOptions {
  const xMax = Math.max(6, p.computeGrowthPerYear);
  const curve = [...line, mine].filter((d) => d.g <= xMax).sort((a, b) => a.g - b.g);
  return {
    ...base(document),
    marginLeft: 60,
    marginBottom: 44,
    x: { type: 'log', domain: [1, xMax], label: 'Growth of usable training compute per year', tickFormat: (d: number) => formatFactor(d), ticks: 6 },
    y: { type: 'log', label: `Largest model after ${p.horizonYears} years (parameters, log scale)`, tickFormat: (d: number) => formatCount(d), grid: true },
    marks: [
      Plot.rectY([0], { y1: ESSAY_EXTREME_LOW_PARAMS, y2: ESSAY_EXTREME_HIGH_PARAMS, className: 'band' }),
      Plot.text(['Essay’s 20T–50T'], { frameAnchor: 'left', y: ESSAY_EXTREME_HIGH_PARAMS, dy: -6, dx: 4, className: 'band-label' }),
      Plot.rectX([0], { x1: EPOCH_COMPUTE_GROWTH_LOW, x2: 5, className: 'epoch' }),
      Plot.text(['Epoch AI: 4–5× a year'], { frameAnchor: 'top', x: 4.5, dy: 4, lineAnchor: 'top', className: 'epoch-label' }),
      Plot.line(curve, { x: 'g', y: 'v', className: 'curve' }),
      Plot.dot([mine], { x: 'g', y: 'v', r: 5, className: 'mine' }),
      Plot.text([mine], { x: 'g', y: 'v', text: (d: { v: number }) => `You: ${formatCount(d.v)}`, dx: 8, textAnchor: 'start', className: 'mine-label' }),
    ],
  };
}

function launches(_p: Params, _o: Outputs, launchRows: ChartRows<'launches'>, document?: Document): Plot.PlotOptions {
  const rows = launchRows.map((r) => ({ ...r, text: formatUsd(r.usd) }));
  const values = rows.map((r) => r.usd).filter((v) => v > 0);
  return {
    ...base(document),
    height: 240,
    marginLeft: 150,
    marginRight: 60,
    x: { type: 'log', domain: [Math.min(...values) / 2, Math.max(...values) * 2], label: 'US$ (log scale)', tickFormat: (d: number) => formatUsd(d), ticks: 5, grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows.filter((r) => r.kind === 'round'), { y: 'label', x1: Math.min(...values) / 2, x2: 'usd', className: 'bar-step' }),
      Plot.barX(rows.filter((r) => r.kind === 'cost'), { y: 'label', x1: Math.min(...values) / 2, x2: 'usd', className: 'bar-total' }),
      Plot.text(rows, { y: 'label', x: 'usd', text: 'text', dx: 6, textAnchor: 'start', className: 'bar-value' }),
    ],
  };
}

function customVsApi(p: Params, o: Outputs, lines: ChartRows<'customVsApi'>, document?: Document): Plot.PlotOptions {
  const be = o.breakEvenMonthlyTokens;
  const here = [
    { tokens: p.monthlyTokens, usd: orNaN(o.apiMonthlyUsd), series: SERIES.api },
    { tokens: p.monthlyTokens, usd: orNaN(o.customMonthlyUsd), series: SERIES.custom },
  ];
  return {
    ...base(document),
    marginLeft: 64,
    marginBottom: 44,
    x: { type: 'log', label: 'Tokens processed per month (log scale)', tickFormat: (d: number) => formatCount(d), ticks: 6 },
    y: { type: 'log', label: 'Cost per month (US$, log scale)', tickFormat: (d: number) => formatUsd(d), grid: true },
    marks: [
      Plot.line(lines.filter((d) => d.series === SERIES.api), { x: 'tokens', y: 'usd', className: 'curve' }),
      Plot.line(lines.filter((d) => d.series === SERIES.custom), { x: 'tokens', y: 'usd', className: 'curve-alt' }),
      Plot.text(lines.filter((d) => d.tokens === lines.at(-1)?.tokens), { x: 'tokens', y: 'usd', text: 'series', dx: -4, dy: -8, textAnchor: 'end', className: 'series-label' }),
      Plot.ruleX([p.monthlyTokens], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.dot(here, { x: 'tokens', y: 'usd', r: 4, className: 'mine' }),
      ...(typeof be === 'number' && be >= 1e6 && be <= 1e13
        ? [Plot.text([`Break-even ${formatCount(be)}`], { x: [be], frameAnchor: 'bottom', dy: -6, className: 'band-label' }), Plot.ruleX([be], { className: 'band-rule' })]
        : []),
    ],
  };
}

function modelSizes(_p: Params, _o: Outputs, sizeRows: ChartRows<'modelSizes'>, document?: Document): Plot.PlotOptions {
  const rows = sizeRows.map((r) => ({ ...r, text: formatCount(r.params) }));
  const values = rows.map((r) => r.params).filter((v) => v > 0);
  const lo = Math.min(...values) / 3;
  return {
    ...base(document),
    height: 300,
    marginLeft: 150,
    marginRight: 60,
    x: { type: 'log', domain: [lo, Math.max(...values) * 3], label: 'Parameters (log scale)', tickFormat: (d: number) => formatCount(d), ticks: 6, grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows.filter((r) => !r.live), { y: 'label', x1: lo, x2: 'params', className: 'bar-step' }),
      Plot.barX(rows.filter((r) => r.live), { y: 'label', x1: lo, x2: 'params', className: 'bar-total' }),
      Plot.text(rows, { y: 'label', x: 'params', text: 'text', dx: 6, textAnchor: 'start', className: 'bar-value' }),
    ],
  };
}

function survival(p: Params, _o: Outputs, data: ChartRows<'survival'>, document?: Document): Plot.PlotOptions {
  const labels = [...new Set(data.map((d) => d.series))];
  const ends = labels.map((l) => data.filter((d) => d.series === l).find((d) => d.alive < 0.5) ?? data.filter((d) => d.series === l).at(-1)).filter((d) => d !== undefined);
  return {
    ...base(document),
    marginLeft: 50,
    marginBottom: 44,
    x: { domain: [0, p.horizonMonths], label: 'Months after launch', ticks: 8 },
    y: { domain: [0, 1], label: 'Share of products still alive', tickFormat: (d: number) => formatFraction(d), grid: true },
    marks: [
      ...labels.map((l, i) => Plot.line(data.filter((d) => d.series === l), { x: 'month', y: 'alive', className: l === YOUR_PRODUCT ? 'curve' : `curve-${i}` })),
      Plot.text(ends, { x: 'month', y: 'alive', text: 'series', dx: 6, dy: -6, textAnchor: 'start', className: 'series-label' }),
    ],
  };
}

function computeMoat(_p: Params, _o: Outputs, m: ChartRows<'computeMoat'>, document?: Document): Plot.PlotOptions {
  const deepseek = { year: 2024 + 11.9 / 12, usd: FACTS.deepseekV3CostUsd.value };
  const values = [...m.line.map((d) => d.usd), m.round, deepseek.usd].filter((v) => v > 0 && Number.isFinite(v));
  return {
    ...base(document),
    marginLeft: 64,
    marginBottom: 44,
    x: { domain: [ESSAY_YEAR, ESSAY_YEAR + m.span], label: 'Date', tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''), ticks: Math.ceil(m.span) + 1 },
    y: { type: 'log', domain: [Math.min(...values) / 2, Math.max(...values) * 2], label: 'US$ (log scale)', tickFormat: (d: number) => formatUsd(d), grid: true },
    marks: [
      Plot.line(m.line, { x: 'year', y: 'usd', className: 'curve' }),
      Plot.ruleY([m.round], { className: 'band-rule' }),
      Plot.text([`Largest round ${formatUsd(m.round)}`], { frameAnchor: 'right', y: [m.round], dy: -6, dx: -4, textAnchor: 'end', className: 'band-label' }),
      ...(m.cross ? [Plot.dot([m.cross], { x: 'year', y: 'usd', r: 5, className: 'mine' }), Plot.text([m.cross], { x: 'year', y: 'usd', text: (d: { year: number }) => formatMonthYear(d.year), dy: 14, className: 'mine-label' })] : []),
      Plot.dot([deepseek], { x: 'year', y: 'usd', r: 4, symbol: 'diamond', className: 'marker-dot' }),
      Plot.text([deepseek], { x: 'year', y: 'usd', text: () => `DeepSeek-V3 ${formatUsd(deepseek.usd)}`, dx: 8, textAnchor: 'start', className: 'marker-label' }),
    ],
  };
}

function switching(p: Params, o: Outputs, curve: ChartRows<'switching'>, document?: Document): Plot.PlotOptions {
  const mine = { gap: p.qualityGapPct, share: orNaN(o.switchShare) };
  return {
    ...base(document),
    marginLeft: 50,
    marginBottom: 44,
    x: { domain: [0, 200], label: 'How much better the leader is (%)', ticks: 8 },
    y: { domain: [0, 1], label: 'Users who switch', tickFormat: (d: number) => formatFraction(d), grid: true },
    marks: [
      Plot.ruleY([0.5], { className: 'band-rule', strokeDasharray: '4 3' }),
      Plot.line(curve, { x: 'gap', y: 'share', className: 'curve' }),
      Plot.ruleX([FACTS.essayQualityGapPct.value], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.text(['Essay: +10% is no barrier'], { x: [FACTS.essayQualityGapPct.value], frameAnchor: 'top', dx: 4, textAnchor: 'start', lineAnchor: 'top', className: 'marker-label' }),
      Plot.dot([mine], { x: 'gap', y: 'share', r: 5, className: 'mine' }),
      Plot.text([mine], { x: 'gap', y: 'share', text: (d: { share: number }) => `You: ${formatFraction(d.share)}`, dx: 8, dy: 10, textAnchor: 'start', className: 'mine-label' }),
    ],
  };
}

type Spec<K extends ChartId> = (p: Params, o: Outputs, rows: ChartRows<K>, document?: Document) => Plot.PlotOptions;

/** Every chart's spec, typed by the rows its words give it. */
const SPECS: { readonly [K in ChartId]: Spec<K> } = {
  levers,
  ceilingGrowth,
  launches,
  customVsApi,
  modelSizes,
  survival,
  computeMoat,
  switching,
};

/** One chart's rows and spec, seen through the id they share. */
interface Drawing {
  draw(p: Params, o: Outputs, rows: unknown, document?: Document): Plot.PlotOptions;
}

/** Renders a chart for a scenario and its outputs (its picture hidden from assistive technology; see a11y.ts). */
export function renderChart(id: ChartId, p: Params, o: Outputs, document?: Document): SVGSVGElement {
  const words: ChartWords<Params, Outputs, unknown> = CHARTS[id];
  const drawing: Drawing = { draw: SPECS[id] };
  return hidePicture(Plot.plot(drawing.draw(p, o, words.rows(p, o), document)) as SVGSVGElement);
}
