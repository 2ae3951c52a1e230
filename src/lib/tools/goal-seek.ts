/**
 * Goal seek: the value of one input that brings an output to a target. The
 * outputs are monotone in each input over most of its range, but some are
 * undefined in places, so the input's range is sampled on its own scale
 * (log or linear) to find a bracket, then bisected.
 */
import { PARAMS, PARAM_IDS, type NumericParamId, type Params, computeOutputs, type OutputId } from '../model/numbers';
import { isEnumSpec, type NumericParamSpec, isDefined } from '../model/kit';
import { clamp, valueAt } from '../scale';

function outputWith(p: Params, output: OutputId, input: NumericParamId, value: number): number | undefined {
  const v = computeOutputs({ ...p, [input]: value })[output];
  return isDefined(v) ? v : undefined;
}

/** The numeric inputs that move an output from where the scenario stands. */
export function inputsAffecting(p: Params, output: OutputId): NumericParamId[] {
  const base = computeOutputs(p)[output];
  return PARAM_IDS.filter((id): id is NumericParamId => !isEnumSpec(PARAMS[id])).filter((id) => {
    const spec = PARAMS[id] as NumericParamSpec;
    return [0.05, 0.5, 0.95].some((t) => {
      const v = computeOutputs({ ...p, [id]: valueAt(spec, t) })[output];
      return JSON.stringify(v) !== JSON.stringify(base);
    });
  });
}

export type GoalSeekResult =
  | { readonly reached: true; readonly value: number; readonly achieved: number }
  | { readonly reached: false; readonly value: number; readonly achieved: number | undefined };

/** Four significant digits: close enough for any target, short enough for a link. */
function tidy(spec: NumericParamSpec, v: number): number {
  return clamp(Number(v.toPrecision(4)), spec.min, spec.max);
}

export function goalSeek(p: Params, output: OutputId, target: number, input: NumericParamId, samples = 240): GoalSeekResult {
  const spec = PARAMS[input] as NumericParamSpec;
  const f = (t: number) => outputWith(p, output, input, valueAt(spec, t));
  const ts = Array.from({ length: samples + 1 }, (_, i) => i / samples);
  const ys = ts.map(f);
  let best: { t: number; gap: number } | undefined;
  let bracket: [number, number] | undefined;
  for (let i = 0; i < ts.length; i++) {
    const y = ys[i];
    if (y === undefined) continue;
    const gap = Math.abs(y - target);
    if (!best || gap < best.gap) best = { t: ts[i] ?? 0, gap };
    const next = ys[i + 1];
    if (next !== undefined && (y - target) * (next - target) <= 0) {
      bracket = [ts[i] ?? 0, ts[i + 1] ?? 1];
      break;
    }
  }
  if (bracket) {
    let [lo, hi] = bracket;
    const sign = Math.sign((f(lo) ?? 0) - target);
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (Math.sign((f(mid) ?? 0) - target) === sign) lo = mid;
      else hi = mid;
    }
    const value = tidy(spec, valueAt(spec, (lo + hi) / 2));
    return { reached: true, value, achieved: outputWith(p, output, input, value) ?? Number.NaN };
  }
  const value = tidy(spec, valueAt(spec, best?.t ?? 0));
  return { reached: false, value, achieved: outputWith(p, output, input, value) };
}

/** A change the reader may apply, and the value that undoing it restores. */
export interface GoalSeekOffer {
  readonly param: NumericParamId;
  readonly value: number;
  readonly previous: number;
}

/**
 * What a seek offers the reader: a change to apply (with its undo) when the
 * target is reached, nothing when it is not. The scenario itself is never
 * changed here: the reader applies the offer, or not.
 */
export function goalSeekOffer(p: Params, output: OutputId, target: number, input: NumericParamId): { readonly result: GoalSeekResult; readonly offer: GoalSeekOffer | undefined } {
  const result = goalSeek(p, output, target, input);
  return { result, offer: result.reached ? { param: input, value: result.value, previous: p[input] } : undefined };
}
