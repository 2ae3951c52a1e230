/**
 * The notes that say where a number came from (lib/origin.ts): written by the build beside each
 * number, and by the tools panel (lazy) in its ledger. `publisher` and `date` are a source's.
 */

// The badge before a note: which of the four origins (or the reader's own value) a number has.
// The kinds' keys, which pick the colours (data-origin-kind), are in lib/origin.ts.
export const YOURS_BADGE = 'yours';
export const ESSAY_BADGE = 'essay';
export const SOURCE_BADGE = 'source';
export const ASSUMPTION_BADGE = 'assumption';
export const COMPUTED_BADGE = 'computed';

export const yoursOrigin = (note: string): string => `Yours: ${note}.`;
export const essayOrigin = (via: { publisher: string; date: string } | undefined, note: string | undefined): string =>
  `The essay’s figure${via ? ` (which took it from ${via.publisher}, ${via.date})` : ''}${note ? `; ${note}` : ''}.`;
export const sourceOrigin = (publisher: string, date: string, note: string | undefined): string => `Source: ${publisher}, ${date}${note ? `: ${note}` : ''}.`;
export const assumptionOrigin = (note: string, see: { publisher: string; date: string } | undefined): string =>
  `Assumption: ${note}${see ? ` (see ${see.publisher}, ${see.date})` : ''}.`;
export const computedOrigin = (formula: string): string => `Computed: ${formula}.`;
