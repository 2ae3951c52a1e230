/** Turning prediction entries into the rows the tally and the chart use. */
import { decimalYear, monthName, type PredictionRow } from './charts/predictions';
import type { PredictionKind, Verdict } from './verdicts';

export interface PredictionEntryLike {
  readonly id: string;
  readonly data: { readonly title: string; readonly kind: PredictionKind; readonly made: string; readonly horizon: string; readonly verdict: Verdict };
}

export function predictionRows(entries: readonly PredictionEntryLike[], judge: Readonly<Record<string, Verdict>> = {}): PredictionRow[] {
  return entries.map((e) => ({
    id: e.id,
    title: e.data.title,
    kind: e.data.kind,
    made: decimalYear(e.data.made),
    horizon: decimalYear(e.data.horizon),
    verdict: judge[e.id] ?? e.data.verdict,
  }));
}

/** The verdicts the tally and the coin-flip test count: forecasts only; lever checks stay outside. */
export function forecastVerdicts(rows: readonly Pick<PredictionRow, 'kind' | 'verdict'>[]): Verdict[] {
  return rows.filter((r) => r.kind === 'forecast').map((r) => r.verdict);
}

/**
 * A source's date in words: "2024" stays, "2024-07" becomes "July 2024",
 * "2024-12-27" becomes "27 December 2024". Anything else is shown as written
 * (the schema refuses impossible dates, and this never prints "Invalid Date").
 */
export function sourceDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const month = monthName(`${m[1]}-${m[2]}`);
  if (month === `${m[1]}-${m[2]}`) return date;
  return m[3] === undefined ? month : `${Number(m[3])} ${month}`;
}
