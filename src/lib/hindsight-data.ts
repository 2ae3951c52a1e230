/** Turning prediction entries into the rows the tally and the chart use. */
import { decimalYear, type PredictionRow } from './charts/predictions';
import type { Verdict } from './verdicts';

export interface PredictionEntryLike {
  readonly id: string;
  readonly data: { readonly title: string; readonly made: string; readonly horizon: string; readonly verdict: Verdict };
}

export function predictionRows(entries: readonly PredictionEntryLike[], judge: Readonly<Record<string, Verdict>> = {}): PredictionRow[] {
  return entries.map((e) => ({
    id: e.id,
    title: e.data.title,
    made: decimalYear(e.data.made),
    horizon: decimalYear(e.data.horizon),
    verdict: judge[e.id] ?? e.data.verdict,
  }));
}
