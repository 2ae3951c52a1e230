/** The sensitivity tool's tornado chart: one bar per input, largest swing on top. */
import * as Plot from '@observablehq/plot';
import { hidePicture } from './a11y';
import type { SensitivityBar } from '../tools/sensitivity';

export function renderTornado(bars: readonly SensitivityBar[], base: number | undefined, format: (v: number) => string, document?: Document): SVGSVGElement {
  const rows = bars
    .filter((b) => b.atLow !== undefined && b.atHigh !== undefined)
    .map((b, index) => ({ index, label: b.label, x1: Math.min(b.atLow as number, b.atHigh as number), x2: Math.max(b.atLow as number, b.atHigh as number) }));
  const svg = Plot.plot({
    width: 640,
    height: 40 + 22 * Math.max(1, rows.length),
    marginLeft: 260,
    marginRight: 20,
    style: { background: 'transparent', fontSize: '11px', overflow: 'visible' },
    x: { label: null, tickFormat: (d: number) => format(d), ticks: 4, grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows, { y: 'label', x1: 'x1', x2: 'x2', className: 'bar-step' }),
      ...(base === undefined ? [] : [Plot.ruleX([base], { className: 'marker' })]),
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
