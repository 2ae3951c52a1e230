/**
 * Numbers as readers type them in the exact-value fields and the tools
 * ("25,000", "$1.5M", "60%"), in the quantity's own currency only. Fetched with
 * the first typed value, not with the page.
 */
import type { QuantityKind } from './model/kit';
// No code imports: this module is fetched on its own (a chunk that imports shared code splits the page's first script).

/** Decimal or exponent notation, as in validate.ts's parseStrictNumber. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** Currency marks a reader may type, and the kind of quantity each belongs to. */
const CURRENCY = /^(us\$|usd|\$|cn¥|rmb|cny|¥|€|eur|£|gbp)/;
const CURRENCY_KIND: Record<string, QuantityKind> = { 'us$': 'usd', usd: 'usd', $: 'usd', 'cn¥': 'cny', rmb: 'cny', cny: 'cny', '¥': 'cny' };
const compact = (raw: string) => raw.trim().toLowerCase().replace(/[,\s_]/g, '');

/** The currency typed, when it is not the one of this quantity ("¥7" for a dollar amount); else undefined. */
export function foreignCurrency(raw: string, kind: QuantityKind): string | undefined {
  const mark = CURRENCY.exec(compact(raw))?.[1];
  return mark !== undefined && CURRENCY_KIND[mark] !== kind ? mark.toUpperCase() : undefined;
}

/**
 * A number as a reader might type it in the units shown on the page:
 * "25,000", "$1.5M", "280B", "60%", "2×". Ratios typed above 1 are percentages.
 * A currency other than the quantity's own ("¥7" for dollars) is refused.
 */
export function parseReaderNumber(raw: string, kind: QuantityKind): number | undefined {
  if (foreignCurrency(raw, kind) !== undefined) return undefined;
  let s = compact(raw).replace(CURRENCY, '');
  const percent = s.endsWith('%');
  s = s.replace(/[%×x]$/, '');
  let multiplier = 1;
  const last = s.at(-1);
  if (last && last in SUFFIX) {
    multiplier = SUFFIX[last] ?? 1;
    s = s.slice(0, -1);
  }
  const n = NUMBER.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(n)) return undefined;
  const value = n * multiplier;
  if (kind === 'ratio' && (percent || value > 1)) return value / 100;
  return value;
}
