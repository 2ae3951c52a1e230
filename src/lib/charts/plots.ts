/**
 * The charts as Observable Plot specs: pure functions from a scenario to an
 * SVG element. Used at build time (with linkedom's document) and, loaded on
 * demand, in the browser.
 */
import * as Plot from '@observablehq/plot';
import type { Params } from '../params';
import type { ChartId } from './ids';
import { formatCount, formatFactor, formatUsd } from '../format';
import {
  leverSteps,
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  ESSAY_EXTREME_HIGH_PARAMS,
  ESSAY_EXTREME_LOW_PARAMS,
  EPOCH_COMPUTE_GROWTH_LOW,
} from '../model/arithmetic';
import { FACTS } from '../facts';
import { GROWTH_GRID, extremeAt } from './meta';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;

type Doc = Document;

function base(document: Doc | undefined): Plot.PlotOptions {
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    ...(document ? { document } : {}),
  };
}

function levers(p: Params, document?: Doc): Plot.PlotOptions {
  const steps = leverSteps(p) ?? [];
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

function ceilingGrowth(p: Params, document?: Doc): Plot.PlotOptions {
  const line = GROWTH_GRID.map((g) => ({ g, v: extremeAt(p, g) ?? Number.NaN }));
  const mine = { g: p.computeGrowthPerYear, v: extremeAt(p, p.computeGrowthPerYear) ?? Number.NaN };
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

const SPECS: Readonly<Record<ChartId, (p: Params, document?: Doc) => Plot.PlotOptions>> = {
  levers,
  ceilingGrowth,
};

/**
 * Renders a chart. The picture is hidden from assistive technology: the
 * chart's text description and data table say the same in words.
 */
export function renderChart(id: ChartId, p: Params, document?: Doc): SVGSVGElement {
  const svg = Plot.plot(SPECS[id](p, document)) as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return svg;
}
