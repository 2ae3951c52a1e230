/**
 * Reading the exact-value field of `<essay-param>`: what the reader typed, in
 * the parameter's units and currency, or why it cannot be used (quoting what
 * was typed). Fetched with the first typed value; it imports no code of the
 * page's first script (`quote` comes from the caller), so that script stays whole.
 */
import type { NumericParamSpec } from '../../lib/model/kit';
import { foreignCurrency, parseReaderNumber } from '../../lib/reader-number';
import { notATypedNumber, otherCurrency } from '../../lib/ui/en/exact-value';

export type ExactValue = { readonly value: number } | { readonly refused: string };

export function readExactValue(typed: string, spec: NumericParamSpec, current: string, quote: (raw: string) => string): ExactValue {
  const currency = foreignCurrency(typed, spec.kind);
  if (currency !== undefined) return { refused: otherCurrency(spec.label, spec.kind === 'cny', currency, quote(typed), current) };
  const value = parseReaderNumber(typed, spec.kind);
  if (value === undefined) return { refused: notATypedNumber(quote(typed), spec.label, current) };
  return { value };
}
