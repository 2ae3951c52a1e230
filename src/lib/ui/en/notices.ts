/**
 * Interface words fetched with the first notice (lib/notices.ts), not with the page: the first
 * script names the words and gives their arguments (lib/validate.ts `Said`), and only a page that
 * shows a notice loads them. Untrusted text arrives already quoted (`said`, `key`, `claim`: see
 * lib/validate.ts `quote`). (A file per lazy module: a file two of them shared would become a
 * chunk of its own, and its name would join the first script's list of chunks to preload.)
 */

// Notices about a value (lib/validate.ts): `label` is the parameter's label.
export const notAChoice = (said: string, label: string, choices: readonly string[]): string =>
  `${said} is not a choice this page knows for “${label}” (choices: ${choices.join(', ')}), so it was left out.`;
export const notANumber = (said: string, label: string): string => `${said} is not a number for “${label}”, so it was left out.`;
/** "NaN" or "Infinity" echoed back would look like a broken number: it is described instead. */
export const notFinite = (label: string): string => notANumber('A value that is not a finite number', label);
export const outOfRange = (label: string, low: boolean, value: string, said: string): string =>
  `“${label}” can be ${low ? 'at least' : 'at most'} ${value} here, so ${said} became ${value}.`;
export const notWhole = (label: string, said: string, value: string): string => `“${label}” is a whole number, so ${said} became ${value}.`;

// Notices about a link (lib/url.ts).
export const linkUnreadable = (): string => 'The link’s settings could not be read, so the essay’s numbers are shown.';
export const repeatedKey = (key: string, first: string): string => `The link gives ${key} more than once; only its first value, ${first}, was read.`;
export const badVersion = (said: string, version: number): string => `This link says it is version ${said}; it was read as version ${version}.`;
export const unknownPrediction = (claim: string): string =>
  `The link has a verdict for ${claim}, which is not one of the essay’s predictions on the scorecard, so it was left out.`;
export const badVerdict = (said: string, verdicts: readonly string[]): string => `The link’s verdict ${said} could not be read (verdicts: ${verdicts.join(', ')}), so it was left out.`;
export const unknownSetting = (key: string): string => `The link’s setting ${key} is not one this page knows, so it was ignored.`;

// The scenario bar's notices, shortened (lib/notices.ts).
export const unknownSettings = (count: number, names: readonly string[], rest: number): string =>
  `The link has ${count} settings this page does not know, so they were ignored: ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}.`;
export const moreNotices = (n: number): string => `And ${n} more notices about this link.`;
