/**
 * Interface words of the scorecard's chart (lib/charts/predictions.ts): drawn by the build, and
 * redrawn by the scorecard's script, which fetches that module (and so these words) when a filter
 * first changes. Only that module imports this file: a file the scorecard's script shared with it
 * would become a chunk of its own (docs/TRANSLATING.md).
 */

/** The axis, and the line that marks when the verdicts were checked. */
export const YEAR_AXIS = 'Year';
export const CHECKED_MARK = 'checked';

/** 'YYYY-MM' in words: “November 2026”. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthYear = (month: string, year: string): string => `${month} ${year}`;

// The chart's description, which a screen reader reads in place of the picture.
export const CHART_EMPTY = 'No prediction matches the filters, so the chart is empty.';
/** One verdict's count: “3 borne out”. */
export const verdictCount = (n: number, verdict: string): string => `${n} ${verdict}`;
/**
 * `shown` of the `total` predictions (all of them, or those the filters show), `counts` by verdict
 * as verdictCount gives them, and how many of those shown are lever checks.
 */
export const describeChart = (shown: number, total: number, counts: readonly string[], levers: number): string =>
  `${shown === total ? `${shown} predictions` : `${shown} of the ${total} predictions (the ones the filters show)`}, each a bar from September 2023 to its horizon, coloured by its verdict: ${counts.join(', ')}. ${
    levers === 0 ? 'None is a lever check' : `${levers} ${levers === 1 ? 'is a lever check, drawn with a hollow dot' : 'are lever checks, drawn with hollow dots'}`
  }. A dashed line marks when the verdicts were checked.`;
