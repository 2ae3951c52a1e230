/**
 * Interface words fetched with the first notice (lib/notices.ts), not with the page. Untrusted
 * text arrives already quoted. (A file per lazy module: a file two of them shared would become a
 * chunk of its own, and its name would join the first script's list of chunks to preload.)
 */

// The scenario bar's notices, shortened (lib/notices.ts).
export const unknownSettings = (count: number, names: readonly string[], rest: number): string =>
  `The link has ${count} settings this page does not know, so they were ignored: ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}.`;
export const moreNotices = (n: number): string => `And ${n} more notices about this link.`;
