/**
 * An output is a number, or "undefined" with the reason in words: the page
 * shows the reason instead of NaN, Infinity or a negative cost.
 */
export interface Undefined {
  readonly undefinedBecause: string;
}
export type OutputValue = number | Undefined;

export function isDefined(value: OutputValue): value is number {
  return typeof value === 'number';
}

export function undefinedBecause(reason: string): Undefined {
  return { undefinedBecause: reason };
}

/** Keeps a finite value; anything else becomes undefined with `reason`. */
export function finiteOr(value: number, reason: string): OutputValue {
  return Number.isFinite(value) ? value : undefinedBecause(reason);
}
