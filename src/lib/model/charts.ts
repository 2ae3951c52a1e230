/**
 * The charts an MDX chapter can place with `<Chart id="…" />`, assembled from
 * the chapters' words: each chart's title, rows, description and table. The
 * picture is drawn from the same rows by lib/charts/plots.ts. Build-time
 * components and lazy chunks read this; the page's first script never does.
 *
 * A new chapter with charts adds one line to CHARTS below.
 */
import type { ChartTable, ChartWords } from './kit';
import type { Outputs, Params } from './numbers';
import { ROCKETS_CHARTS } from './rockets/words';
import { CUSTOMIZATION_CHARTS } from './customization/words';
import { ARITHMETIC_CHARTS } from './arithmetic/words';
import { MULTIMODAL_CHARTS } from './multimodal/words';
import { LIFELINES_CHARTS } from './lifelines/words';
import { MOATS_CHARTS } from './moats/words';

export const CHARTS = {
  ...ROCKETS_CHARTS,
  ...CUSTOMIZATION_CHARTS,
  ...ARITHMETIC_CHARTS,
  ...MULTIMODAL_CHARTS,
  ...LIFELINES_CHARTS,
  ...MOATS_CHARTS,
} satisfies Record<string, ChartWords<Params, Outputs, unknown>>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];
/** The rows a chart is drawn from. */
export type ChartRows<K extends ChartId> = ReturnType<(typeof CHARTS)[K]['rows']>;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

/** A chart's words for a scenario: its title, its takeaway, its description and its table. */
export function chartText(id: ChartId, p: Params, o: Outputs): { title: string; takeaway: string; description: string; table: ChartTable } {
  const chart: ChartWords<Params, Outputs, unknown> = CHARTS[id];
  const rows = chart.rows(p, o);
  return { title: chart.title, takeaway: chart.takeaway(p, o, rows), description: chart.describe(p, o, rows), table: chart.table(p, o, rows) };
}

/** A chart's description alone: what a redraw rewrites while the chart's data table is closed. */
export function chartDescription(id: ChartId, p: Params, o: Outputs): string {
  const chart: ChartWords<Params, Outputs, unknown> = CHARTS[id];
  return chart.describe(p, o, chart.rows(p, o));
}
