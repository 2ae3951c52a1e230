/**
 * The notes that say where a number came from (lib/origin.ts): written by the build beside each
 * number, and by the tools panel (lazy) in its ledger. `publisher` and `date` are a source's.
 */

export const yoursOrigin = (note: string): string => `Yours: ${note}.`;
export const essayOrigin = (via: { publisher: string; date: string } | undefined, note: string | undefined): string =>
  `The essay’s figure${via ? ` (which took it from ${via.publisher}, ${via.date})` : ''}${note ? `; ${note}` : ''}.`;
export const sourceOrigin = (publisher: string, date: string, note: string | undefined): string => `Source: ${publisher}, ${date}${note ? `: ${note}` : ''}.`;
export const assumptionOrigin = (note: string, see: { publisher: string; date: string } | undefined): string =>
  `Assumption: ${note}${see ? ` (see ${see.publisher}, ${see.date})` : ''}.`;
export const computedOrigin = (formula: string): string => `Computed: ${formula}.`;
