/**
 * Sensitivity: how far an output moves when each input moves across a range
 * (×½ to ×2 around its value, or its whole range), largest effect first.
 */
import { PARAMS, type NumericParamId, type Params, computeOutputs, type OutputId } from '../model/numbers';
import { type NumericParamSpec, isDefined } from '../model/kit';
import { inputsAffecting } from './goal-seek';

export type SensitivityRange = 'halfToDouble' | 'fullRange';

export interface SensitivityBar {
  readonly id: NumericParamId;
  readonly label: string;
  readonly lowInput: number;
  readonly highInput: number;
  /** The output at the low and the high input (undefined where it is not defined). */
  readonly atLow: number | undefined;
  readonly atHigh: number | undefined;
  /** The width of the bar: the output's spread across the range. */
  readonly swing: number;
}

const clamp = (spec: NumericParamSpec, v: number) => Math.min(spec.max, Math.max(spec.min, v));

export function sensitivity(p: Params, output: OutputId, range: SensitivityRange = 'halfToDouble'): SensitivityBar[] {
  const at = (id: NumericParamId, v: number) => {
    const o = computeOutputs({ ...p, [id]: v })[output];
    return isDefined(o) ? o : undefined;
  };
  return inputsAffecting(p, output)
    .map((id) => {
      const spec = PARAMS[id] as NumericParamSpec;
      const v = p[id];
      const lowInput = range === 'fullRange' ? spec.min : clamp(spec, v / 2);
      const highInput = range === 'fullRange' ? spec.max : clamp(spec, v === 0 ? spec.step * 10 : v * 2);
      const atLow = at(id, lowInput);
      const atHigh = at(id, highInput);
      const swing = atLow !== undefined && atHigh !== undefined ? Math.abs(atHigh - atLow) : Number.POSITIVE_INFINITY;
      return { id, label: spec.label, lowInput, highInput, atLow, atHigh, swing };
    })
    .sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label));
}
