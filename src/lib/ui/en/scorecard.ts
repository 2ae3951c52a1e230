/** Interface words of the scorecard's updates (client/scorecard.ts, fetched on the scorecard only). */
import type { PredictionKind } from '../../verdicts';
import type { RecordJudgement } from '../../model/hindsight';

const byKind = (words: Readonly<Record<PredictionKind, string>>) => words;

export const NO_CLEAN_VERDICT = '— (no forecast has a clean verdict)';
export const filterStatus = (shown: number, total: number): string =>
  shown === 0 ? `No prediction matches these filters (0 of ${total}).` : `Showing ${shown} of ${total} predictions.`;

// Written by the build into the scorecard (components/hindsight/Scorecard.astro); no script imports
// these, so none of them is shipped. Sentences with numbers in elements are parts, in reading order.
export const SCORECARD = {
  tally: (n: number): string => `The tally: ${n} forecasts`,
  /** “Checked against the sources below in [November 2026].” */
  checkedBefore: 'Checked against the sources below in ',
  checkedAfter: '.',
  /** “Leaving out the [9] forecasts partly borne out and the [2] too early to tell, the essay got [5] of [7] right. Someone who guesses right [50%] of the time would do at least this well with a probability of [22.7%].” */
  leavingOut: 'Leaving out the ',
  partly: ' forecasts partly borne out and the ',
  tooEarly: ' too early to tell, the essay got ',
  hitsOf: ' of ',
  right: ' right. Someone who guesses right ',
  ofTheTime: ' of the time would do at least this well with a probability of ',
  tallyEnd: '.',
  /** What the record says, by the coin-flip test (one shown, as the guesser's accuracy decides). */
  judgements: {
    'beyond-chance': 'A record this good would be rare for such a guesser. The test is ours, not the essay’s, but by it the essay’s calls did better than luck.',
    better: 'That beats such a guesser, but not by enough to rule out luck.',
    'not-better': 'That is no better than such a guesser would do.',
    undecided: 'With no clean verdicts there is nothing to test yet.',
  } satisfies Record<RecordJudgement, string>,
  /** “Outside the count, [5] lever checks (…): [1] borne out, [2] partly borne out, … and [0] too early to tell.” */
  leversBefore: 'Outside the count, ',
  leversAfter: ' lever checks (levers and conditions the essay described, not forecasts): ',
  listComma: ', ',
  listAnd: ' and ',
  leversEnd: '.',
  chartTitle: 'The predictions by horizon, coloured by verdict (hollow dots: lever checks)',
  chartTable: 'The chart’s predictions as a table',
  columns: ['Prediction', 'Kind', 'Horizon', 'Verdict'],
  /** A card's line under its title: “[Forecast] · made in September 2023 in [chapter]; horizon: [its words] ([month]).” */
  madeIn: ' · made in September 2023 in ',
  horizon: (text: string, month: string): string => `; horizon: ${text} (${month}).`,
  quoteLabel: 'The essay’s words:',
  claimLabel: 'In English, our retelling:',
  happenedLabel: 'What happened:',
  sources: 'Sources',
  /** After “Sources”: how well sourced the card is. */
  confidence: (sourced: boolean): string => ` (${sourced ? 'sourced' : 'partly sourced: some figures come from secondary pages'}):`,
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
