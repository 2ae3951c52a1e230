/**
 * Turning untrusted values (a URL, a reader's typing) into parameter values:
 * clamp what is out of range, drop what is malformed, and say so politely.
 * Never throws; messages are plain text, never HTML.
 */
import { PARAMS, type ParamId } from './model/numbers';
import { isEnumSpec, type NumericParamSpec } from './model/kit';
import { formatValue } from './format';
import { clamp } from './scale';
import { quoted } from './ui/en/essay';
import type * as NoticeWords from './ui/en/notices';

/**
 * What a notice says, as the name of its words and their arguments (`['notWhole', label, said,
 * value]`): the words themselves (ui/en/notices.ts) are fetched with the first notice shown, so
 * the first script carries only their names. lib/notices.ts `noticeText` writes them out.
 */
export type Said = {
  [K in keyof typeof NoticeWords]: (typeof NoticeWords)[K] extends (...args: infer A) => string ? readonly [K, ...A] : never;
}[keyof typeof NoticeWords];

/** A notice about one key of a link, a file or a field: in the words named (`says`), or in words already written (`message`, from a module loaded late). */
export type Notice = {
  readonly key: string;
  readonly kind: 'clamped' | 'malformed' | 'unknown' | 'version' | 'repeated';
} & ({ readonly says: Said } | { readonly message: string });

export type Coerced =
  | { readonly ok: true; readonly value: number | string; readonly notice?: Notice }
  | { readonly ok: false; readonly notice: Notice };

const MAX_SHOWN = 40;
/** Invisible and direction-changing characters (Unicode category Cf: RLO, zero-width space, BOM…). */
const INVISIBLE = /\p{Cf}/gu;
/** Untrusted text quoted back to the reader, shortened, with invisible characters shown as their code. */
export function quote(raw: string): string {
  const s = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  const shown = s.replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return quoted(shown);
}

/** A value spelt as JavaScript's non-finite numbers. */
const NON_FINITE_WORD = /^[+-]?(?:nan|infinity)$/i;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A strict number: decimal or exponent notation, nothing else. */
export function parseStrictNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A count of whole things (GPUs, experts, wrong guesses in a row): fractions are rounded. */
export const isWholeCount = (spec: NumericParamSpec): boolean => spec.kind === 'count' && spec.step === 1;

/**
 * Checks one value for a parameter. Numbers are clamped into [min, max], and
 * whole counts rounded. `typed` is what the reader typed,
 * quoted in the notice instead of the parsed number.
 */
export function coerceParam(id: ParamId, raw: unknown, key: string = id, typed?: string): Coerced {
  const said = quote(typed ?? String(raw));
  const spec = PARAMS[id];
  if (isEnumSpec(spec)) {
    if (typeof raw === 'string' && (spec.options as readonly string[]).includes(raw)) return { ok: true, value: raw };
    return {
      ok: false,
      notice: {
        key,
        kind: 'malformed',
        says: ['notAChoice', said, spec.label, spec.options],
      },
    };
  }
  const parsed = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseStrictNumber(raw) : undefined;
  // -0 would print as "-$0.00": it is plain zero.
  const n = parsed === 0 ? 0 : parsed;
  if (n === undefined || !Number.isFinite(n)) {
    return {
      ok: false,
      // "NaN" or "Infinity" echoed back would look like a broken number on the page: describe it instead.
      notice: {
        key,
        kind: 'malformed',
        says: NON_FINITE_WORD.test((typed ?? String(raw)).trim()) ? ['notFinite', spec.label] : ['notANumber', said, spec.label],
      },
    };
  }
  if (n < spec.min || n > spec.max) {
    const value = clamp(n, spec.min, spec.max);
    return {
      ok: true,
      value,
      notice: {
        key,
        kind: 'clamped',
        says: ['outOfRange', spec.label, n < spec.min, formatValue(spec.kind, value), said],
      },
    };
  }
  if (isWholeCount(spec) && !Number.isInteger(n)) {
    const value = Math.min(spec.max, Math.max(spec.min, Math.round(n)));
    return {
      ok: true,
      value,
      notice: { key, kind: 'clamped', says: ['notWhole', spec.label, said, formatValue(spec.kind, value)] },
    };
  }
  return { ok: true, value: n };
}

