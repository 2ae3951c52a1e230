/**
 * When the browser redraws a chart for its column: a module of its own, as
 * the page's first script needs this and none of the chart layout (frame.ts).
 */

/**
 * Whether a drawing made for `drawn` px should be redrawn for a column of
 * `shown` px: when its 12 px text would show under about 11.3 px (a 320 px
 * phone) or over 14.4 px. A 360–412 px phone keeps the build's drawing.
 */
export function differsMaterially(drawn: number, shown: number): boolean {
  const ratio = shown / drawn;
  return ratio < 0.94 || ratio > 1.2;
}
