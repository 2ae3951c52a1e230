/** Interface words of the printed scenario card's updates (client/print-card.ts, fetched where the card is). */

export const PRINT_UNCHANGED = 'The essay’s own numbers, unchanged.';
export const numbersChanged = (n: number): string => `${n} of the essay’s numbers changed`;
export const verdictsOverruled = (n: number): string => `${n} of the site’s verdicts overruled`;
/** The card's summary: the parts above joined, or the line for an unchanged scenario. */
export const printSummary = (parts: readonly string[]): string => (parts.length === 0 ? PRINT_UNCHANGED : `${parts.join(', and ')}:`);
export const printChange = (label: string, yours: string, essay: string): string => `${label}: ${yours} (the essay: ${essay})`;
export const printVerdict = (title: string, verdict: string): string => `Verdict on “${title}”: ${verdict} (yours)`;
