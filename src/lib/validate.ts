/**
 * Turning untrusted values (a URL, a reader's typing) into parameter values:
 * clamp what is out of range, drop what is malformed, and say so politely.
 * Never throws; messages are plain text, never HTML.
 */
import { PARAMS, type ParamId } from './model/numbers';
import { isEnumSpec, type QuantityKind } from './model/kit';
import { formatValue } from './format';

export interface Notice {
  readonly key: string;
  readonly kind: 'clamped' | 'malformed' | 'unknown' | 'version';
  readonly message: string;
}

export type Coerced =
  | { readonly ok: true; readonly value: number | string; readonly notice?: Notice }
  | { readonly ok: false; readonly notice: Notice };

const MAX_SHOWN = 40;
/** Untrusted text quoted back to the reader, shortened. */
export function quote(raw: string): string {
  const s = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  return `“${s}”`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A strict number: decimal or exponent notation, nothing else. */
export function parseStrictNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * A number as a reader might type it in the units shown on the page:
 * "25,000", "$1.5M", "280B", "60%", "2×". Ratios typed above 1 are percentages.
 */
export function parseReaderNumber(raw: string, kind: QuantityKind): number | undefined {
  let s = raw.trim().toLowerCase().replace(/[,\s_]/g, '').replace(/^[$¥]|^cn¥/, '');
  const percent = s.endsWith('%');
  s = s.replace(/[%×x]$/, '');
  let multiplier = 1;
  const last = s.at(-1);
  if (last && last in SUFFIX) {
    multiplier = SUFFIX[last] ?? 1;
    s = s.slice(0, -1);
  }
  const n = parseStrictNumber(s);
  if (n === undefined) return undefined;
  const value = n * multiplier;
  if (kind === 'ratio' && (percent || value > 1)) return value / 100;
  return value;
}

/** Checks one value for a parameter. Numbers are clamped into [min, max]. */
export function coerceParam(id: ParamId, raw: unknown, key: string = id): Coerced {
  const spec = PARAMS[id];
  if (isEnumSpec(spec)) {
    if (typeof raw === 'string' && (spec.options as readonly string[]).includes(raw)) return { ok: true, value: raw };
    return {
      ok: false,
      notice: {
        key,
        kind: 'malformed',
        message: `${quote(String(raw))} is not a choice this page knows for “${spec.label}” (choices: ${spec.options.join(', ')}), so it was left out.`,
      },
    };
  }
  const parsed = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseStrictNumber(raw) : undefined;
  // -0 would print as "-$0.00": it is plain zero.
  const n = parsed === 0 ? 0 : parsed;
  if (n === undefined || !Number.isFinite(n)) {
    return {
      ok: false,
      notice: { key, kind: 'malformed', message: `${quote(String(raw))} is not a number for “${spec.label}”, so it was left out.` },
    };
  }
  if (n < spec.min || n > spec.max) {
    const value = Math.min(spec.max, Math.max(spec.min, n));
    const bound = n < spec.min ? 'at least' : 'at most';
    return {
      ok: true,
      value,
      notice: {
        key,
        kind: 'clamped',
        message: `“${spec.label}” can be ${bound} ${formatValue(spec.kind, value)} here, so ${quote(String(raw))} became ${formatValue(spec.kind, value)}.`,
      },
    };
  }
  return { ok: true, value: n };
}
