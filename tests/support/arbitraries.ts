// fast-check generators for whole scenarios over every parameter's full range.
import { PARAMS, PARAM_IDS, type ParamId, type Params } from '../../src/lib/model/numbers';
import { isEnumSpec } from '../../src/lib/model/kit';
import fc from 'fast-check';

/** A value anywhere in a parameter's range, including both ends; log ranges sampled evenly by decade. */
export function paramValue(id: ParamId): fc.Arbitrary<Params[ParamId]> {
  const spec = PARAMS[id];
  if (isEnumSpec(spec)) return fc.constantFrom(...spec.options);
  const inner =
    spec.scale === 'log' && spec.min > 0
      ? fc.double({ min: Math.log(spec.min), max: Math.log(spec.max), noNaN: true }).map((x) => Math.min(spec.max, Math.max(spec.min, Math.exp(x))))
      : fc.double({ min: spec.min, max: spec.max, noNaN: true });
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(spec.min, spec.max) }, { weight: 5, arbitrary: inner });
}

export const scenario: fc.Arbitrary<Params> = fc.record(
  Object.fromEntries(PARAM_IDS.map((id) => [id, paramValue(id)])) as { [K in ParamId]: fc.Arbitrary<Params[K]> },
) as fc.Arbitrary<Params>;
