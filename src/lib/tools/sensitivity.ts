/**
 * Sensitivity: how far an output moves from where the reader's scenario puts
 * it when each input moves across a range (its whole range, or ×½ to ×2 around
 * its value), largest effect first. Inputs that do not move the output at all
 * across the range are left out.
 */
import { PARAMS, type NumericParamId, type Params, computeOutputs, type OutputId } from '../model/numbers';
import { type NumericParamSpec, type QuantityKind, isDefined } from '../model/kit';
import { OUTPUTS } from '../model/words';
import { inputsAffecting } from './goal-seek';
import { clamp } from '../scale';

export type SensitivityRange = 'halfToDouble' | 'fullRange';

export interface SensitivityBar {
  readonly id: NumericParamId;
  readonly label: string;
  readonly lowInput: number;
  readonly highInput: number;
  /** The output at the low and the high input (undefined where it is not defined). */
  readonly atLow: number | undefined;
  readonly atHigh: number | undefined;
  /** The length of the bar: the output's spread across the range (in decades, on a log axis). */
  readonly swing: number;
}


/** The range the tool starts with: each input across its whole range tells the inputs apart (×½ to ×2 gives every factor of a product the same bar). */
export const DEFAULT_RANGE: SensitivityRange = 'fullRange';

/** A swing this small against the output's size is rounding, not an effect. */
const NO_EFFECT = 1e-9;

/** Amounts that span orders of magnitude (money, compute) are compared, and drawn, on a log axis. */
const LOG_KINDS: ReadonlySet<QuantityKind> = new Set(['usd', 'cny', 'flops']);
export const onLogAxis = (output: OutputId): boolean => LOG_KINDS.has(OUTPUTS[output].kind);

/**
 * Each input's bar, longest first. An output on a log axis (onLogAxis) is
 * compared by the ratio of its ends, as the axis shows it, wherever every end is positive.
 */
export function sensitivity(p: Params, output: OutputId, range: SensitivityRange = DEFAULT_RANGE): SensitivityBar[] {
  const base = computeOutputs(p)[output];
  const size = Math.max(1e-12, isDefined(base) ? Math.abs(base) : 0);
  const at = (id: NumericParamId, v: number) => {
    const o = computeOutputs({ ...p, [id]: v })[output];
    return isDefined(o) ? o : undefined;
  };
  const bars = inputsAffecting(p, output)
    .map((id) => {
      const spec = PARAMS[id] as NumericParamSpec;
      const v = p[id];
      const lowInput = range === 'fullRange' ? spec.min : clamp(v / 2, spec.min, spec.max);
      const highInput = range === 'fullRange' ? spec.max : clamp(v === 0 ? spec.step * 10 : v * 2, spec.min, spec.max);
      const atLow = at(id, lowInput);
      const atHigh = at(id, highInput);
      const swing = atLow !== undefined && atHigh !== undefined ? Math.abs(atHigh - atLow) : Number.POSITIVE_INFINITY;
      return { id, label: spec.label, lowInput, highInput, atLow, atHigh, swing };
    })
    .filter((b) => !(b.swing <= NO_EFFECT * size));
  const log = onLogAxis(output) && bars.every((b) => (b.atLow ?? 0) > 0 && (b.atHigh ?? 0) > 0);
  return bars
    .map((b) => (log ? { ...b, swing: Math.abs(Math.log10((b.atHigh as number) / (b.atLow as number))) } : b))
    .sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label));
}
