/**
 * Where a parameter's value sits on its control (a position in [0, 1]), and
 * how the keyboard steps it: linear parameters by their step, log-scaled
 * ones by a ratio, so every decade gets the same room.
 */
import type { NumericParamSpec } from './model/kit';

/** Positions per control; log-scaled `<input type=range>` values run 0…POSITIONS. */
export const POSITIONS = 1000;

/** A value kept inside [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The value a fraction `t` of the way along a parameter's range, on its own scale (log or linear). */
export function valueAt(spec: NumericParamSpec, t: number): number {
  return spec.scale === 'log'
    ? Math.exp(Math.log(spec.min) + t * (Math.log(spec.max) - Math.log(spec.min)))
    : spec.min + t * (spec.max - spec.min);
}

export function toPosition(spec: NumericParamSpec, value: number): number {
  const v = clamp(value, spec.min, spec.max);
  if (spec.scale === 'log') {
    const lo = Math.log(spec.min);
    return (Math.log(v) - lo) / (Math.log(spec.max) - lo);
  }
  return (v - spec.min) / (spec.max - spec.min);
}

export function fromPosition(spec: NumericParamSpec, position: number): number {
  return roundValue(spec, valueAt(spec, clamp(position, 0, 1)));
}

/**
 * A slider (`<input type=range>`) holds a parameter's value itself, or, for a
 * log-scaled one, its position in 0…POSITIONS: the slider's value for a
 * parameter value, and the parameter value a slider's value stands for.
 */
export function toSlider(spec: NumericParamSpec, value: number): number {
  return spec.scale === 'log' ? Math.round(toPosition(spec, value) * POSITIONS) : value;
}
export function fromSlider(spec: NumericParamSpec, raw: number): number {
  return spec.scale === 'log' ? fromPosition(spec, raw / POSITIONS) : raw;
}

/** Rounds to the parameter's step (and, on a log scale, to three significant digits). */
export function roundValue(spec: NumericParamSpec, value: number): number {
  let v = value;
  if (spec.scale === 'log' && v > 0) v = Number(v.toPrecision(3));
  v = Math.round(v / spec.step) * spec.step;
  // Remove floating-point dust (0.30000000000000004) by the step's decimals.
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)));
  v = Number(v.toFixed(Math.min(decimals, 12)));
  return clamp(v, spec.min, spec.max);
}

const KEYS = ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End'] as const;
export type StepKey = (typeof KEYS)[number];
export const STEP_KEYS: readonly string[] = KEYS;

/** The value after a key press; always moves at least one step when it can. */
export function stepValue(spec: NumericParamSpec, value: number, key: StepKey): number {
  if (key === 'Home') return spec.min;
  if (key === 'End') return spec.max;
  const up = key === 'ArrowUp' || key === 'ArrowRight' || key === 'PageUp';
  const big = key === 'PageUp' || key === 'PageDown';
  const sign = up ? 1 : -1;
  let next: number;
  if (spec.scale === 'log') {
    const positions = big ? 10 : 100;
    next = fromPosition(spec, toPosition(spec, value) + sign / positions);
  } else {
    next = roundValue(spec, value + sign * spec.step * (big ? 10 : 1));
  }
  if (next === value && value !== (up ? spec.max : spec.min)) {
    next = roundValue(spec, value + sign * spec.step);
  }
  return clamp(next, spec.min, spec.max);
}

