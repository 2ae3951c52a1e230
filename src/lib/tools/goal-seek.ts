/**
 * Goal seek: the value of one input that brings an output to a target. The
 * outputs are monotone in each input over most of its range, but some are
 * undefined in places, so the input's range is sampled on its own scale
 * (log or linear) to find a bracket, then bisected.
 */
import { PARAMS, PARAM_IDS, type NumericParamId, type Params, computeOutputs, type OutputId } from '../model/numbers';
import { isEnumSpec, type NumericParamSpec, isDefined } from '../model/kit';

/** The outputs the tools offer first (the main outputs). */
export const MAIN_OUTPUTS: readonly OutputId[] = ['trainingCostUsd', 'leveredCostUsd', 'trainingDays', 'launchesAffordable', 'yearsUntilRoundAffords'];

function valueAt(spec: NumericParamSpec, t: number): number {
  return spec.scale === 'log'
    ? Math.exp(Math.log(spec.min) + t * (Math.log(spec.max) - Math.log(spec.min)))
    : spec.min + t * (spec.max - spec.min);
}

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
  return Math.min(spec.max, Math.max(spec.min, Number(v.toPrecision(4))));
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
