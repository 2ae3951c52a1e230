/**
 * Charts are drawn for the width they are given: text stays 12 px in CSS
 * pixels, ticks thin out and labels make room when narrow. The build draws
 * each chart twice, wide and narrow (a phone's column), and CSS shows the one
 * that fits; the browser redraws for the exact width when the scenario
 * changes or when the column differs materially from both.
 */
import type * as Plot from '@observablehq/plot';

/** The widths drawn at build time: a desktop column (the 38rem measure) and a 375 px phone's (375 − 2 × 16). */
export const WIDE = 608;
export const NARROW = 343;
/** Below this column width CSS shows the narrow drawing (see .chart-svg in global.css). */
export const NARROW_BELOW = 520;
/** Chart text, in CSS pixels when drawn at the width it is shown at. */
export const FONT_PX = 12;
/** The takeaway printed at the top of a chart. */
export const TAKEAWAY_PX = 13;
const LINE_PX = 16;

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly document?: Document | undefined;
}

export function frameOf(width: number, height: number, document?: Document): Frame {
  return { width, height, narrow: width < NARROW_BELOW, document };
}

/** About how wide a line of sans-serif text is, in px (a generous average per character). */
export function textWidth(text: string, px = FONT_PX): number {
  return text.length * px * 0.58;
}

/** Greedy line breaks so that no line is wider than `max` px. */
export function wrapLines(text: string, max: number, px = FONT_PX): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, px) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** As many ticks as fit: `wide` ticks on a desktop column, fewer in proportion when narrow. */
export function ticks(frame: Frame, wide: number): number {
  return Math.max(2, Math.round((wide * frame.width) / WIDE));
}

/**
 * Options every chart shares, with the takeaway set above the plot (wrapped
 * to the width) and room under it for the y-axis label. Returns the options
 * and the mark that prints the takeaway.
 */
export function base(frame: Frame, takeaway: string, margins: { left: number; right?: number; bottom?: number; yLabel?: boolean }): { options: Plot.PlotOptions; takeawayLines: string[] } {
  const lines = wrapLines(takeaway, frame.width - 4, TAKEAWAY_PX);
  const marginTop = lines.length * LINE_PX + (margins.yLabel === false ? 10 : 26);
  return {
    takeawayLines: lines,
    options: {
      width: frame.width,
      height: frame.height,
      marginTop,
      marginLeft: margins.left,
      marginRight: margins.right ?? 16,
      marginBottom: margins.bottom ?? 40,
      style: { background: 'transparent', fontSize: `${FONT_PX}px`, overflow: 'visible' },
      ...(frame.document ? { document: frame.document } : {}),
    },
  };
}

/** Where along a scale (0 = start, 1 = end) a value falls, linear or log. */
export function fraction(v: number, [lo, hi]: readonly [number, number], log = false): number {
  return log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
}

/**
 * Tick values for a log axis that fit: 1-2-5 in each decade when there is
 * room, then 1-3, then powers of ten, then every other power (Plot's own
 * log ticks leave a "barcode" of unlabelled minor ticks).
 */
export function logTicks([lo, hi]: readonly [number, number], max: number): number[] {
  const decades: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) decades.push(10 ** e);
  const within = (vs: number[]) => vs.filter((v) => v >= lo * 0.999 && v <= hi * 1.001);
  for (const steps of [[1, 2, 5], [1, 3], [1]]) {
    const vs = within(decades.flatMap((d) => steps.map((s) => d * s)));
    if (vs.length <= max && vs.length >= 2) return vs;
  }
  const powers = within(decades);
  return powers.length <= max ? powers : powers.filter((_, i) => i % Math.ceil(powers.length / max) === 0);
}

/** The height of one row (band) of a row chart, for placing its text at the top and its bar under it. */
export function rowBand(options: Plot.PlotOptions, rows: number, paddingInner = 0.1): number {
  const plot = (options.height ?? 0) - (options.marginTop ?? 0) - (options.marginBottom ?? 0);
  return (plot / (rows - paddingInner)) * (1 - paddingInner);
}
