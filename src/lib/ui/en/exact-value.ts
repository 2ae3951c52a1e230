/**
 * Interface words fetched with the first value a reader types in an exact-value field
 * (client/exact-value.ts), not with the page. Untrusted text arrives already quoted.
 */

// A typed value refused (client/exact-value.ts): `label` is the parameter's label.
export const otherCurrency = (label: string, yuan: boolean, currency: string, said: string, current: string): string =>
  `“${label}” is in ${yuan ? 'yuan' : 'US dollars'}, not ${currency}, so ${said} was not used; it stays at ${current}.`;
export const notATypedNumber = (said: string, label: string, current: string): string => `${said} is not a number for “${label}”; it stays at ${current}.`;
