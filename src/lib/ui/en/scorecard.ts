/** Interface words of the scorecard's updates (client/scorecard.ts, fetched on the scorecard only). */
import type { PredictionKind } from '../../verdicts';

const byKind = (words: Readonly<Record<PredictionKind, string>>) => words;

export const NO_CLEAN_VERDICT = '— (no forecast has a clean verdict)';
export const filterStatus = (shown: number, total: number): string =>
  shown === 0 ? `No prediction matches these filters (0 of ${total}).` : `Showing ${shown} of ${total} predictions.`;

// Written by the build into the scorecard (components/hindsight/Scorecard.astro).
export const SCORECARD = {
  tally: (n: number): string => `The tally: ${n} forecasts`,
  filters: 'Filter the predictions',
  showKind: 'Show kind:',
  showVerdict: 'Show verdict:',
  showChapter: 'Show chapter:',
  all: 'all',
  clear: 'Clear filters',
  /** A kind of prediction: as a filter (plural), in the table (singular), as a card's badge. */
  kinds: byKind({ forecast: 'forecasts', 'lever-check': 'lever checks' }),
  kind: byKind({ forecast: 'forecast', 'lever-check': 'lever check' }),
  badge: byKind({ forecast: 'Forecast', 'lever-check': 'Lever check, outside the count' }),
  verdict: 'Verdict:',
  yours: (site: string): string => ` (your verdict; the site’s is ${site})`,
  yourVerdict: 'Your verdict',
  sitesOption: (site: string): string => `the site’s (${site})`,
};
