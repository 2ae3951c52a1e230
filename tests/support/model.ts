// What the model says a scenario's output is, for comparing with the page.
import { DEFAULTS, type Params, computeOutputs, type OutputId } from '../../src/lib/model/numbers';
import { isDefined } from '../../src/lib/model/kit';
import { expect } from 'vitest';

/** The output for the essay's scenario with `values` changed; throws if it is undefined. */
export function expectedOutput(values: Partial<Params>, id: OutputId): number {
  const v = computeOutputs({ ...DEFAULTS, ...values })[id];
  if (!isDefined(v)) throw new Error(`${id} is undefined: ${v.undefinedBecause}`);
  return v;
}

/** Equal up to floating-point noise (the browser's and Node's Math.log may differ in the last bits). */
export function expectNear(actual: number, want: number): void {
  expect(Math.abs(actual / want - 1)).toBeLessThan(1e-9);
}
