/**
 * The charts as Observable Plot specs: pure functions from a scenario and a
 * frame (the width and height to draw at) to an SVG element. Used at build
 * time (with linkedom's document) and, loaded on demand, in the browser.
 * Each chart prints its takeaway at the top; labels are placed so that they
 * never overprint each other at any width (tests/browser/charts.test.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Outputs, Params } from '../model/numbers';
import { CHARTS, type ChartId, type ChartRows } from '../model/charts';
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
import { FONT_PX, NARROW, TAKEAWAY_PX, WIDE, base, fraction, frameOf, logTicks, rowBand, ticks, type Frame } from './frame';

export { isChartId } from '../model/charts';
// Loaded with the drawing code, which is fetched only when a chart first redraws.
export { morph } from './morph';
export { tableBody } from './table';

/** The takeaway, printed above the plot from the SVG's left edge. */
function takeaway(lines: readonly string[], options: Plot.PlotOptions): Plot.Markish {
  return Plot.text([lines.join('\n')], {
    frameAnchor: 'top-left',
    dx: -(options.marginLeft ?? 0),
    dy: -(options.marginTop ?? 0) + 2,
    lineAnchor: 'top',
    textAnchor: 'start',
    lineHeight: 16 / TAKEAWAY_PX,
    fontSize: TAKEAWAY_PX,
    className: 'takeaway',
  });
}

/** A label's anchor that keeps it inside the frame: start on the left half, end on the right. */
const anchorAt = (f: number) => (f > 0.55 ? 'end' : 'start');
const shiftAt = (f: number, px: number) => (f > 0.55 ? -px : px);

interface Row {
  readonly key: string;
  readonly text: string;
}

/**
 * Rows, each a line of text with its bar or dot under it: the layout that
 * fits a phone as well as a desktop, with no labels in a margin.
 */
function rowText(rows: readonly Row[], options: Plot.PlotOptions, band: number): Plot.Markish {
  return Plot.text(rows, { y: 'key', text: 'text', frameAnchor: 'left', dx: -(options.marginLeft ?? 0) + 2, lineAnchor: 'top', dy: -band / 2, textAnchor: 'start', className: 'row-label' });
}
/** Under a row's text: where its bar starts (inset from the band's top) and where its dot sits (offset from the band's middle). */
const ROW_TEXT = FONT_PX + 6;
const ROW_DOT = ROW_TEXT / 2;

/** The y-axis label, set above the plot's top-left corner (Plot's own would sit on the takeaway). */
function yLabel(text: string, options: Plot.PlotOptions): Plot.Markish {
  return Plot.text([`↑ ${text}`], { frameAnchor: 'top-left', dx: -(options.marginLeft ?? 0), dy: -12, lineAnchor: 'bottom', textAnchor: 'start', className: 'axis-label' });
}
const usdTick = (d: number) => (d === 0 ? '0' : formatUsd(d));

function levers(_p: Params, _o: Outputs, leverSteps: ChartRows<'levers'>, frame: Frame, said: string): Plot.PlotOptions {
  const steps = leverSteps ?? [];
  const deepseek = FACTS.deepseekV3CostUsd.value;
  const values = steps.flatMap((s) => [s.from, s.to]).filter((v) => v > 0);
  const domain: [number, number] = [Math.min(...values, ESSAY_BAND_LOW_USD, deepseek) / 1.5, Math.max(...values) * 1.3];
  const total = (id: string) => id === 'baseline' || id === 'levered';
  const rows = steps.map((s) => ({
    ...s,
    key: s.label,
    text: total(s.id) ? `${s.label}: ${formatUsd(s.to)}` : `${s.label} ÷${formatFactor(s.gain).replace('×', '')} → ${formatUsd(s.to)}`,
  }));
  const bandText = `Essay’s target ${formatUsd(ESSAY_BAND_LOW_USD)}–${formatUsd(ESSAY_BAND_HIGH_USD)}`;
  const marker = `DeepSeek-V3 ${formatUsd(deepseek)} (Dec 2024)`;
  const fBand = fraction(Math.sqrt(ESSAY_BAND_LOW_USD * ESSAY_BAND_HIGH_USD), domain, true);
  const fMarker = fraction(deepseek, domain, true);
  const { options, takeawayLines } = base(frame, said, { left: 8, bottom: 34, yLabel: false });
  const band = rowBand(options, rows.length + 2);
  return {
    ...options,
    x: { type: 'log', domain, label: 'Training cost (US$, log scale)', labelAnchor: 'center', tickFormat: usdTick, ticks: logTicks(domain, ticks(frame, 7)), grid: true },
    y: { domain: [...rows.map((r) => r.key), 'band', 'marker'], axis: null, paddingInner: 0.1 },
    marks: [
      takeaway(takeawayLines, options),
      Plot.rectX([0], { x1: ESSAY_BAND_LOW_USD, x2: ESSAY_BAND_HIGH_USD, className: 'band' }),
      Plot.ruleX([deepseek], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.barX(rows.filter((r) => !total(r.id)), { y: 'key', x1: 'to', x2: 'from', insetTop: ROW_TEXT, className: 'bar-step' }),
      Plot.dot(rows.filter((r) => total(r.id)), { y: 'key', x: 'to', r: 5, dy: ROW_DOT, className: 'mine' }),
      rowText(rows, options, band),
      Plot.text([bandText], { x: [Math.sqrt(ESSAY_BAND_LOW_USD * ESSAY_BAND_HIGH_USD)], y: ['band'], dx: shiftAt(fBand, -30), textAnchor: anchorAt(fBand), className: 'band-label' }),
      Plot.text([marker], { x: [deepseek], y: ['marker'], dx: shiftAt(fMarker, 4), textAnchor: anchorAt(fMarker), className: 'marker-label' }),
    ],
  };
}

function ceilingGrowth(p: Params, _o: Outputs, { grid: line, mine }: ChartRows<'ceilingGrowth'>, frame: Frame, said: string): Plot.PlotOptions {
  const xMax = Math.max(6, p.computeGrowthPerYear);
  const curve = [...line, mine].filter((d) => d.g <= xMax).sort((a, b) => a.g - b.g);
  const fMine = fraction(mine.g, [1, xMax], true);
  const { options, takeawayLines } = base(frame, said, { left: 48, right: 12 });
  const ys = [...curve.map((d) => d.v), ESSAY_EXTREME_LOW_PARAMS, ESSAY_EXTREME_HIGH_PARAMS].filter((v) => v > 0 && Number.isFinite(v));
  const yDomain: [number, number] = [Math.min(...ys) / 1.3, Math.max(...ys) * 1.3];
  return {
    ...options,
    x: { type: 'log', domain: [1, xMax], label: 'Growth of usable training compute per year', labelAnchor: 'center', tickFormat: (d: number) => formatFactor(d), ticks: [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20].filter((t) => t <= xMax && (!frame.narrow || t !== 1.5)) },
    y: { type: 'log', domain: yDomain, label: null, tickFormat: (d: number) => formatCount(d), ticks: logTicks(yDomain, ticks(frame, 6)), grid: true },
    marks: [
      takeaway(takeawayLines, options),
      yLabel(`Largest model after ${p.horizonYears} years (parameters)`, options),
      Plot.rectY([0], { y1: ESSAY_EXTREME_LOW_PARAMS, y2: ESSAY_EXTREME_HIGH_PARAMS, className: 'band' }),
      Plot.rectX([0], { x1: EPOCH_COMPUTE_GROWTH_LOW, x2: 5, className: 'epoch' }),
      Plot.line(curve, { x: 'g', y: 'v', className: 'curve' }),
      Plot.text(['Essay’s 20T–50T'], { frameAnchor: 'left', y: ESSAY_EXTREME_HIGH_PARAMS, dy: -7, dx: 4, textAnchor: 'start', className: 'band-label' }),
      Plot.text([frame.narrow ? 'Epoch AI: 4–5×' : 'Epoch AI: 4–5× a year'], { frameAnchor: 'bottom', x: 5, dy: -6, dx: -2, textAnchor: 'end', lineAnchor: 'bottom', className: 'epoch-label' }),
      Plot.dot([mine], { x: 'g', y: 'v', r: 5, className: 'mine' }),
      Plot.text([mine], { x: 'g', y: 'v', text: (d: { v: number }) => `You: ${formatCount(d.v)}`, dx: shiftAt(fMine, 9), dy: 12, textAnchor: anchorAt(fMine), className: 'mine-label' }),
    ],
  };
}

function launches(_p: Params, _o: Outputs, launchRows: ChartRows<'launches'>, frame: Frame, said: string): Plot.PlotOptions {
  const rows = launchRows.map((r) => ({ ...r, key: r.label, text: `${r.label}: ${formatUsd(r.usd)}` }));
  const max = Math.max(...rows.map((r) => r.usd).filter(Number.isFinite));
  const { options, takeawayLines } = base(frame, said, { left: 8, right: 20, bottom: 36, yLabel: false });
  const band = rowBand(options, rows.length);
  return {
    ...options,
    x: { domain: [0, max * 1.05], label: 'US$', labelAnchor: 'center', tickFormat: usdTick, ticks: ticks(frame, 6), grid: true },
    y: { domain: rows.map((r) => r.key), axis: null, paddingInner: 0.1 },
    marks: [
      takeaway(takeawayLines, options),
      Plot.barX(rows.filter((r) => r.kind === 'round'), { y: 'key', x: 'usd', insetTop: ROW_TEXT, className: 'bar-step' }),
      Plot.barX(rows.filter((r) => r.kind === 'cost'), { y: 'key', x: 'usd', insetTop: ROW_TEXT, className: 'bar-total' }),
      rowText(rows, options, band),
      Plot.ruleX([0]),
    ],
  };
}

function customVsApi(p: Params, o: Outputs, lines: ChartRows<'customVsApi'>, frame: Frame, said: string): Plot.PlotOptions {
  const be = o.breakEvenMonthlyTokens;
  const here = [
    { tokens: p.monthlyTokens, usd: orNaN(o.apiMonthlyUsd), series: SERIES.api },
    { tokens: p.monthlyTokens, usd: orNaN(o.customMonthlyUsd), series: SERIES.custom },
  ];
  const first = lines.filter((d) => d.tokens === lines[0]?.tokens);
  const xDomain: [number, number] = [lines[0]?.tokens ?? 1e6, lines.at(-1)?.tokens ?? 1e13];
  const showBe = typeof be === 'number' && be >= xDomain[0] && be <= xDomain[1];
  const fBe = showBe ? fraction(be, xDomain, true) : 0;
  const { options, takeawayLines } = base(frame, said, { left: 52, right: 12 });
  return {
    ...options,
    x: { type: 'log', domain: xDomain, label: 'Tokens processed per month', labelAnchor: 'center', tickFormat: (d: number) => formatCount(d), ticks: logTicks(xDomain, ticks(frame, 6)).filter((t) => Number.isInteger(Math.log10(t))) },
    y: { type: 'log', label: null, tickFormat: usdTick, ticks: 4, grid: true },
    marks: [
      takeaway(takeawayLines, options),
      yLabel('Cost per month (US$)', options),
      ...(showBe ? [Plot.ruleX([be], { className: 'band-rule' })] : []),
      Plot.ruleX([p.monthlyTokens], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.line(lines.filter((d) => d.series === SERIES.api), { x: 'tokens', y: 'usd', className: 'curve' }),
      Plot.line(lines.filter((d) => d.series === SERIES.custom), { x: 'tokens', y: 'usd', className: 'curve-alt' }),
      // Each line named at its left end, in its own colour: the API low, the custom model's fixed cost high.
      Plot.text(first.filter((d) => d.series === SERIES.api), { x: 'tokens', y: 'usd', text: 'series', dx: 4, dy: -9, textAnchor: 'start', className: 'series-label series-api' }),
      Plot.text(first.filter((d) => d.series === SERIES.custom), { x: 'tokens', y: 'usd', text: 'series', dx: 4, dy: 12, textAnchor: 'start', className: 'series-label series-custom' }),
      Plot.dot(here, { x: 'tokens', y: 'usd', r: 4, className: 'mine' }),
      ...(showBe ? [Plot.text([`Break-even ${formatCount(be)}`], { x: [be], frameAnchor: 'bottom', dy: -6, dx: shiftAt(fBe, 4), textAnchor: anchorAt(fBe), className: 'band-label' })] : []),
    ],
  };
}

function modelSizes(_p: Params, _o: Outputs, sizeRows: ChartRows<'modelSizes'>, frame: Frame, said: string): Plot.PlotOptions {
  const rows = sizeRows.map((r) => ({ ...r, key: r.label, text: `${r.label}: ${formatCount(r.params)}` }));
  const values = rows.map((r) => r.params).filter((v) => v > 0 && Number.isFinite(v));
  const { options, takeawayLines } = base(frame, said, { left: 8, right: 20, bottom: 36, yLabel: false });
  const band = rowBand(options, rows.length);
  const domain: [number, number] = [Math.min(...values) / 2, Math.max(...values) * 2];
  return {
    ...options,
    x: { type: 'log', domain, label: 'Parameters (log scale)', labelAnchor: 'center', tickFormat: (d: number) => formatCount(d), ticks: logTicks(domain, ticks(frame, 6)), grid: true },
    y: { domain: rows.map((r) => r.key), axis: null, paddingInner: 0.1 },
    marks: [
      takeaway(takeawayLines, options),
      // Dots, not bars: on a log axis a bar's length means nothing; the gaps between dots are the ratios.
      Plot.dot(rows.filter((r) => !r.live), { y: 'key', x: 'params', r: 5, dy: ROW_DOT, className: 'dot-fixed' }),
      Plot.dot(rows.filter((r) => r.live), { y: 'key', x: 'params', r: 5, dy: ROW_DOT, className: 'mine' }),
      rowText(rows, options, band),
    ],
  };
}

function survival(p: Params, _o: Outputs, data: ChartRows<'survival'>, frame: Frame, said: string): Plot.PlotOptions {
  const labels = [...new Set(data.map((d) => d.series))];
  const { options, takeawayLines } = base(frame, said, { left: 44, right: 12 });
  const className = (l: string, i: number) => (l === YOUR_PRODUCT ? 'curve' : `curve-${i}`);
  return {
    ...options,
    x: { domain: [0, p.horizonMonths], label: 'Months after launch', labelAnchor: 'center', ticks: ticks(frame, 8) },
    y: { domain: [0, 1], label: null, tickFormat: (d: number) => formatFraction(d), ticks: ticks(frame, 5), grid: true },
    marks: [
      takeaway(takeawayLines, options),
      yLabel('Share of products still alive', options),
      ...labels.map((l, i) => Plot.line(data.filter((d) => d.series === l), { x: 'month', y: 'alive', className: className(l, i) })),
      // A key stacked at the top right, each name in its curve's colour (the curves fall away from there).
      ...labels.map((l, i) =>
        Plot.text([l], { frameAnchor: 'top-right', dy: i * (FONT_PX + 4) + 4, dx: -4, textAnchor: 'end', lineAnchor: 'top', className: `series-label series-${className(l, i)}` }),
      ),
    ],
  };
}

function computeMoat(_p: Params, _o: Outputs, m: ChartRows<'computeMoat'>, frame: Frame, said: string): Plot.PlotOptions {
  const deepseek = { year: 2024 + 11.9 / 12, usd: FACTS.deepseekV3CostUsd.value };
  const values = [...m.line.map((d) => d.usd), m.round, deepseek.usd].filter((v) => v > 0 && Number.isFinite(v));
  const xDomain: [number, number] = [ESSAY_YEAR, ESSAY_YEAR + m.span];
  const yDomain: [number, number] = [Math.min(...values) / 2, Math.max(...values) * 2];
  const fDeepseek = fraction(deepseek.year, xDomain);
  const meets = m.cross && m.years > 0;
  const fCross = meets && m.cross ? fraction(m.cross.year, xDomain) : 0;
  const { options, takeawayLines } = base(frame, said, { left: 52, right: 12 });
  // The round's label sits above its line at the end the cost line is not at.
  const roundAbove = fraction(m.round, yDomain, true) < 0.8;
  return {
    ...options,
    x: { domain: xDomain, label: 'Date', labelAnchor: 'center', tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : ''), ticks: Math.min(Math.ceil(m.span) + 1, ticks(frame, 8)) },
    y: { type: 'log', domain: yDomain, label: null, tickFormat: usdTick, ticks: logTicks(yDomain, ticks(frame, 6)), grid: true },
    marks: [
      takeaway(takeawayLines, options),
      yLabel('Cost of a GPT-4-class run (US$)', options),
      Plot.ruleY([m.round], { className: 'band-rule' }),
      Plot.line(m.line, { x: 'year', y: 'usd', className: 'curve' }),
      Plot.text([`Largest round ${formatUsd(m.round)}`], { frameAnchor: 'right', y: [m.round], dy: roundAbove ? -8 : 12, dx: -2, textAnchor: 'end', className: 'band-label' }),
      ...(meets && m.cross
        ? [
            Plot.dot([m.cross], { x: 'year', y: 'usd', r: 5, className: 'mine' }),
            Plot.text([m.cross], { x: 'year', y: 'usd', text: (d: { year: number }) => `Meet: ${formatMonthYear(d.year)}`, dy: roundAbove ? 14 : -12, dx: shiftAt(fCross, -4), textAnchor: anchorAt(fCross), className: 'mine-label' }),
          ]
        : []),
      Plot.dot([deepseek], { x: 'year', y: 'usd', r: 4, symbol: 'diamond', className: 'marker-dot' }),
      Plot.text([deepseek], { x: 'year', y: 'usd', text: () => `DeepSeek-V3 ${formatUsd(deepseek.usd)}`, dx: shiftAt(fDeepseek, 8), dy: roundAbove ? 12 : -10, textAnchor: anchorAt(fDeepseek), className: 'marker-label' }),
    ],
  };
}

function switching(p: Params, o: Outputs, curve: ChartRows<'switching'>, frame: Frame, said: string): Plot.PlotOptions {
  const mine = { gap: p.qualityGapPct, share: orNaN(o.switchShare) };
  const fMine = fraction(mine.gap, [0, 200]);
  const { options, takeawayLines } = base(frame, said, { left: 44, right: 12 });
  return {
    ...options,
    x: { domain: [0, 200], label: 'How much better the leader is (%)', labelAnchor: 'center', ticks: ticks(frame, 8) },
    y: { domain: [0, 1], label: null, tickFormat: (d: number) => formatFraction(d), ticks: ticks(frame, 5), grid: true },
    marks: [
      takeaway(takeawayLines, options),
      yLabel('Users who switch', options),
      Plot.ruleY([0.5], { className: 'band-rule', strokeDasharray: '4 3' }),
      Plot.ruleX([FACTS.essayQualityGapPct.value], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.line(curve, { x: 'gap', y: 'share', className: 'curve' }),
      Plot.text([frame.narrow ? 'Essay: +10%, hardly a barrier' : 'The essay: a 10% lead is hardly a barrier'], { x: [FACTS.essayQualityGapPct.value], frameAnchor: 'top', dx: 4, dy: 4, textAnchor: 'start', lineAnchor: 'top', className: 'marker-label' }),
      Plot.dot([mine], { x: 'gap', y: 'share', r: 5, className: 'mine' }),
      Plot.text([mine], { x: 'gap', y: 'share', text: (d: { share: number }) => `You: ${formatFraction(d.share)} switch`, dx: shiftAt(fMine, 9), dy: -10, textAnchor: anchorAt(fMine), className: 'mine-label' }),
    ],
  };
}

type Spec<K extends ChartId> = (p: Params, o: Outputs, rows: ChartRows<K>, frame: Frame, takeaway: string) => Plot.PlotOptions;

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
  draw(p: Params, o: Outputs, rows: unknown, frame: Frame, takeaway: string): Plot.PlotOptions;
}

/** Each chart's height when drawn wide and narrow (px); a redraw keeps the shown drawing's proportions. */
export const CHART_HEIGHTS: Readonly<Record<ChartId, { readonly wide: number; readonly narrow: number }>> = {
  levers: { wide: 420, narrow: 460 },
  ceilingGrowth: { wide: 400, narrow: 380 },
  launches: { wide: 270, narrow: 300 },
  customVsApi: { wide: 400, narrow: 380 },
  modelSizes: { wide: 400, narrow: 440 },
  survival: { wide: 380, narrow: 360 },
  computeMoat: { wide: 400, narrow: 380 },
  switching: { wide: 380, narrow: 360 },
};

/** The height to draw at for a width: the proportions of the build's drawing that CSS shows at that width. */
export function heightFor(id: ChartId, width: number): number {
  const h = CHART_HEIGHTS[id];
  return frameOf(width, 0).narrow ? Math.round((h.narrow * width) / NARROW) : Math.round((h.wide * width) / WIDE);
}

/**
 * Renders a chart for a scenario and its outputs at a width (its picture
 * hidden from assistive technology; see a11y.ts), with its takeaway on top.
 */
export function renderChart(id: ChartId, p: Params, o: Outputs, width: number = WIDE, document?: Document): SVGSVGElement {
  const words: ChartWords<Params, Outputs, unknown> = CHARTS[id];
  const drawing: Drawing = { draw: SPECS[id] };
  const rows = words.rows(p, o);
  const frame = frameOf(width, heightFor(id, width), document);
  const svg = hidePicture(Plot.plot(drawing.draw(p, o, rows, frame, words.takeaway(p, o, rows))) as SVGSVGElement);
  svg.setAttribute('data-width', String(width));
  return svg;
}
