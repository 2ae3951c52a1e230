/** The charts an MDX chapter can place with `<Chart id="…" />`. */
export const CHART_IDS = ['levers', 'ceilingGrowth', 'launches', 'customVsApi', 'modelSizes', 'survival', 'computeMoat', 'switching'] as const;
export type ChartId = (typeof CHART_IDS)[number];
export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
