/**
 * One formatter per kind of quantity, used everywhere a number meets a reader.
 * Values are formatted at the edge; non-finite values never print as "NaN".
 * The locale and the units' words are in ui/en/essay.ts.
 */
import type { QuantityKind } from './model/kit';
import { DURATION_WORDS, FLOPS_UNIT, NUMBER_LOCALE, PER_DOLLAR } from './ui/en/essay';

const cache = new Map<string, Intl.NumberFormat>();
function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE, options);
    cache.set(key, f);
  }
  return f;
}

/** Shown where a value cannot be formatted; the page explains why next to it. */
export const NO_VALUE = '—';

const SIG3: Intl.NumberFormatOptions = { maximumSignificantDigits: 3 };

export function formatUsd(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  if (Math.abs(v) < 10) return nf({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
  if (Math.abs(v) < 1000) return nf({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(v);
  return nf({ style: 'currency', currency: 'USD', notation: 'compact', ...SIG3 }).format(v);
}

export function formatCny(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  return `¥${nf({ notation: 'compact', ...SIG3 }).format(v)}`;
}

/** Counts: grouped below a million ("25,000"), compact above ("280B", "13T"). */
export function formatCount(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  if (Math.abs(v) >= 1e6) return nf({ notation: 'compact', ...SIG3 }).format(v);
  if (Math.abs(v) >= 100) return nf({ maximumFractionDigits: 0 }).format(v);
  return nf({ maximumFractionDigits: 2 }).format(v);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(n: number): string {
  return String(n).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
}

/** FLOPs as a power of ten: "2.18 × 10²⁵ FLOPs". */
export function formatFlops(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  if (v === 0) return `0 ${FLOPS_UNIT}`;
  let exponent = Math.floor(Math.log10(Math.abs(v)));
  let mantissa = Number((v / 10 ** exponent).toPrecision(3));
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${nf(SIG3).format(mantissa)} × 10${superscript(exponent)} ${FLOPS_UNIT}`;
}

/** Ratios are fractions in [0, 1]; only here do they become percentages. */
export function formatFraction(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  return nf({ style: 'percent', ...SIG3 }).format(v);
}

export function formatFactor(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  return `${nf(SIG3).format(v)}×`;
}

function plural(v: number, one: string, many: string): string {
  return v === 1 ? one : many;
}

export function formatDuration(v: number, unit: 'days' | 'months' | 'years'): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  const rounded = Math.abs(v) >= 10 ? Math.round(v) : Number(v.toFixed(1));
  const n = nf({ maximumFractionDigits: 1 }).format(rounded);
  const [one, many] = DURATION_WORDS[unit];
  return `${n} ${plural(rounded, one, many)}`;
}

/** Quantities already in percent (the moats chapter's gaps). */
export function formatPercentPoints(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  return `${nf(SIG3).format(v)}%`;
}

export function formatFxRate(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  return `¥${nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v)} ${PER_DOLLAR}`;
}

// Made on first use, not when the module loads: a page's first Intl formatter costs 40-60 ms on a
// test machine (the locale's data), and a page that shows only its built numbers needs none.
let monthYear: Intl.DateTimeFormat | undefined;

/** A decimal year as a month: 2025.05 → "January 2025". */
export function formatMonthYear(v: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  const year = Math.floor(v);
  const month = Math.min(11, Math.floor((v - year) * 12));
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return (monthYear ??= new Intl.DateTimeFormat(NUMBER_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/** A label at the start of a sentence or a row: "training tokens" → "Training tokens". */
export function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Formats a value by its kind of quantity. */
export function formatValue(kind: QuantityKind, v: number): string {
  switch (kind) {
    case 'usd': return formatUsd(v);
    case 'cny': return formatCny(v);
    case 'count': return formatCount(v);
    case 'ratio': return formatFraction(v);
    case 'factor': return formatFactor(v);
    case 'percentPoints': return formatPercentPoints(v);
    case 'days': return formatDuration(v, 'days');
    case 'months': return formatDuration(v, 'months');
    case 'years': return formatDuration(v, 'years');
    case 'flops': return formatFlops(v);
    case 'fxRate': return formatFxRate(v);
    case 'monthYear': return formatMonthYear(v);
  }
}

/** The value as read aloud by a screen reader: the number and its unit. */
export function spokenValue(kind: QuantityKind, v: number, unit?: string): string {
  const text = formatValue(kind, v);
  return unit && kind === 'count' ? `${text} ${unit}` : text;
}
