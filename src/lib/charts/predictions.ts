/**
 * The scorecard's chart: each prediction as a bar from when it was made to
 * its horizon, coloured by verdict; lever checks end in a hollow dot. Pure:
 * rows in, SVG out.
 */
import * as Plot from '@observablehq/plot';
import { hidePicture } from './a11y';
import { FONT_PX, NARROW_BELOW, WIDE } from './frame';
import { VERDICTS, type PredictionKind, type Verdict } from '../verdicts';
import { VERDICT_LABELS } from '../ui/en/essay';
import { CHART_EMPTY, CHECKED_MARK, MONTH_NAMES, YEAR_AXIS, describeChart, monthYear, verdictCount } from '../ui/en/scorecard-chart';

export interface PredictionRow {
  readonly id: string;
  readonly title: string;
  readonly kind: PredictionKind;
  readonly made: number;
  readonly horizon: number;
  readonly verdict: Verdict;
}

/** When the verdicts were last checked against their sources (a fixed date, never the clock). */
export const CHECKED_MONTH = '2026-11';

/** 'YYYY-MM' as a decimal year at the start of that month. */
export function decimalYear(month: string): number {
  const [y = '0', m = '1'] = month.split('-');
  return Number(y) + (Number(m) - 1) / 12;
}

export const CHECKED_AT = decimalYear(CHECKED_MONTH);

/**
 * 'YYYY-MM' in words ("November 2026"), without Date: a month the schema let
 * through always has a name, and anything else is shown as written, never as
 * "Invalid Date".
 */
export function monthName(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && name ? monthYear(name, m[1] ?? '') : month;
}

/**
 * Drawn for the width it is given (12 px text at any width): each prediction
 * is a row, its title above its bar, so that no title needs a wide margin.
 */
export function renderPredictionsChart(rows: readonly PredictionRow[], document?: Document, width: number = WIDE): SVGSVGElement {
  const sorted = [...rows].sort((a, b) => a.horizon - b.horizon || a.title.localeCompare(b.title));
  const forecasts = sorted.filter((r) => r.kind === 'forecast');
  const levers = sorted.filter((r) => r.kind === 'lever-check');
  const rowHeight = 38;
  const svg = Plot.plot({
    width,
    height: 70 + rowHeight * Math.max(1, sorted.length),
    marginTop: 30,
    marginLeft: 8,
    marginRight: 16,
    marginBottom: 40,
    style: { background: 'transparent', fontSize: `${FONT_PX}px`, overflow: 'visible' },
    x: { domain: [2023.5, 2029], label: YEAR_AXIS, labelAnchor: 'center', tickFormat: (d: number) => String(d), ticks: width < NARROW_BELOW ? 4 : 6, grid: true },
    y: { domain: sorted.map((r) => r.title), axis: null, paddingInner: 0.1, paddingOuter: 0 },
    marks: [
      Plot.ruleX([CHECKED_AT], { className: 'marker', strokeDasharray: '4 3' }),
      Plot.text([CHECKED_MARK], { x: [CHECKED_AT], frameAnchor: 'top', dy: -8, lineAnchor: 'bottom', className: 'marker-label' }),
      ...VERDICTS.map((v) =>
        Plot.ruleY(sorted.filter((r) => r.verdict === v), { y: 'title', x1: 'made', x2: 'horizon', dy: 8, strokeWidth: 6, className: `v-${v}` }),
      ),
      ...VERDICTS.map((v) => Plot.dot(forecasts.filter((r) => r.verdict === v), { y: 'title', x: 'horizon', dy: 8, r: 5, className: `v-${v}` })),
      ...VERDICTS.map((v) => Plot.dot(levers.filter((r) => r.verdict === v), { y: 'title', x: 'horizon', dy: 8, r: 5, strokeWidth: 2.5, className: `lever-${v}` })),
      Plot.text(sorted, { y: 'title', text: 'title', frameAnchor: 'left', dx: -6, dy: -4, lineAnchor: 'bottom', textAnchor: 'start', className: 'row-label' }),
    ],
    ...(document ? { document } : {}),
  }) as SVGSVGElement;
  svg.setAttribute('data-width', String(width));
  hidePicture(svg);
  return svg;
}

export function describePredictions(rows: readonly PredictionRow[], total = rows.length): string {
  if (rows.length === 0) return CHART_EMPTY;
  const counts = VERDICTS.map((v) => verdictCount(rows.filter((r) => r.verdict === v).length, VERDICT_LABELS[v]));
  const levers = rows.filter((r) => r.kind === 'lever-check').length;
  return describeChart(rows.length, total, counts, levers);
}
