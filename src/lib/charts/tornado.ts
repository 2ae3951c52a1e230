/**
 * The sensitivity tool's tornado chart: one bar per input, largest swing on
 * top, each running from the result at the input's low end to its high end,
 * with the reader's current result as the line the bars spread from. Costs
 * and other amounts that span orders of magnitude are drawn on a log axis.
 * On a narrow column each input's name sits above its bar instead of beside it.
 */
import * as Plot from '@observablehq/plot';
import { hidePicture } from './a11y';
import type { SensitivityBar } from '../tools/sensitivity';

/** Below this width the names go above the bars. */
const NARROW_BELOW = 480;
/** The narrowest width drawn for; a narrower column shows the drawing scaled down. */
export const TORNADO_MIN_WIDTH = 280;

/** Whether a bar is drawn: it has a result at both ends of its input's range. */
export const isDrawn = (b: SensitivityBar): b is SensitivityBar & { atLow: number; atHigh: number } => b.atLow !== undefined && b.atHigh !== undefined;

const rowHeight = (narrow: boolean): number => (narrow ? 48 : 26);
/** The drawing's height for this many drawn bars, narrow (names above the bars) or not. */
export const tornadoHeight = (rows: number, narrow: boolean): number => 40 + rowHeight(narrow) * Math.max(1, rows);

export interface TornadoOptions {
  /** The reader's current value of the output: the line the bars spread from. */
  readonly base: number | undefined;
  readonly format: (v: number) => string;
  /** Draw on a log axis (amounts spanning orders of magnitude), where every value is positive. */
  readonly log: boolean;
  readonly width: number;
  readonly document?: Document;
}

export function renderTornado(bars: readonly SensitivityBar[], { base, format, log, width, document }: TornadoOptions): SVGSVGElement {
  const rows = bars.flatMap((b, index) =>
    isDrawn(b) ? [{ index, label: b.label, low: b.atLow, high: b.atHigh, x1: Math.min(b.atLow, b.atHigh), x2: Math.max(b.atLow, b.atHigh) }] : [],
  );
  const values = rows.flatMap((r) => [r.x1, r.x2]).concat(base === undefined ? [] : [base]);
  const logAxis = log && values.length > 0 && values.every((v) => v > 0);
  const narrow = width < NARROW_BELOW;
  // From the current result towards the result at the input's high end: which way raising the input pushes.
  const raised = base === undefined ? [] : rows.map((r) => ({ label: r.label, x1: base, x2: r.high }));
  const svg = Plot.plot({
    width,
    height: tornadoHeight(rows.length, narrow),
    marginLeft: narrow ? 8 : Math.min(260, Math.round(width * 0.4)),
    marginRight: 24,
    marginTop: narrow ? 24 : 20,
    style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
    x: { type: logAxis ? 'log' : 'linear', label: null, tickFormat: (d: number) => format(d), ticks: narrow ? 3 : 4, grid: true },
    y: { domain: rows.map((r) => r.label), label: null, padding: narrow ? 0.5 : 0.25, axis: narrow ? null : 'left' },
    marks: [
      Plot.barX(rows, { y: 'label', x1: 'x1', x2: 'x2', className: 'bar-step' }),
      Plot.barX(raised, { y: 'label', x1: 'x1', x2: 'x2', className: 'bar-raised' }),
      ...(narrow ? [Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', dy: -rowHeight(narrow) / 2 + 2, textAnchor: 'start', className: 'bar-name' })] : []),
      // The current result, marked on each bar's row only, so that it never crosses a name above a bar.
      ...(base === undefined ? [] : [Plot.tickX(rows, { x: () => base, y: 'label', className: 'marker' })]),
    ],
    ...(document ? { document } : {}),
  }) as SVGSVGElement;
  hidePicture(svg);
  // Let each bar lead to its input: the rects come in the order of the rows.
  svg.querySelectorAll('.bar-step rect').forEach((rect, i) => {
    const row = rows[i];
    if (row) rect.setAttribute('data-bar-index', String(row.index));
  });
  return svg;
}
