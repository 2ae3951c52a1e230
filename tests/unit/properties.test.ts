// Properties over every parameter's full range: outputs are finite numbers or
// explicitly undefined, money is never negative, and costs move the right way.
import { computeOutputs, OUTPUT_IDS, CONCLUSIONS, CONCLUSION_IDS, decideConclusions, type Params } from '../../src/lib/model/numbers';
import { OUTPUTS, type OutputSpec } from '../../src/lib/model/words';
import { isDefined } from '../../src/lib/model/kit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arithmetic } from '../../src/lib/model/arithmetic/compute';
import { scenario } from '../support/arbitraries';

const num = (p: Params, id: 'trainingCostUsd' | 'trainingDays' | 'leveredCostUsd') => {
  const v = arithmetic(p)[id];
  return isDefined(v) ? v : Number.NaN;
};

describe('every output over every parameter’s full range', () => {
  it('is a finite number or undefined with a reason, and never negative (but for a profit)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(scenario, (p) => {
        const o = computeOutputs(p);
        for (const id of OUTPUT_IDS) {
          const v = o[id];
          if (isDefined(v)) {
            expect(Number.isFinite(v), `${id} = ${v}`).toBe(true);
            const spec: OutputSpec = OUTPUTS[id];
            if (!spec.signed) expect(v, id).toBeGreaterThanOrEqual(0);
          } else {
            expect(v.undefinedBecause.length, id).toBeGreaterThan(10);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decides every conclusion as one of its states (or "undefined")', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(scenario, (p) => {
        const c = decideConclusions(p, computeOutputs(p));
        for (const id of CONCLUSION_IDS) expect([...CONCLUSIONS[id].states, 'undefined']).toContain(c[id]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the cost moves the right way', () => {
  const factor = fc.double({ min: 1.01, max: 3, noNaN: true });

  it('rises with training tokens and active parameters', () => {
    fc.assert(
      fc.property(scenario, factor, (p, k) => {
        expect(num({ ...p, trainingTokens: p.trainingTokens * k }, 'trainingCostUsd')).toBeGreaterThan(num(p, 'trainingCostUsd'));
        expect(num({ ...p, activeParams: p.activeParams * k }, 'trainingCostUsd')).toBeGreaterThan(num(p, 'trainingCostUsd'));
      }),
    );
  });

  it('falls with efficiency; the time falls with more GPUs', () => {
    fc.assert(
      fc.property(scenario, factor, (p, k) => {
        expect(num({ ...p, mfu: p.mfu * k }, 'trainingCostUsd')).toBeLessThan(num(p, 'trainingCostUsd'));
        expect(num({ ...p, gpuCount: p.gpuCount * k }, 'trainingDays')).toBeLessThan(num(p, 'trainingDays'));
      }),
    );
  });

  it('every lever lowers the levered cost', () => {
    fc.assert(
      fc.property(scenario, factor, (p, k) => {
        const before = num(p, 'leveredCostUsd');
        expect(num({ ...p, paramEfficiencyGain: p.paramEfficiencyGain * k }, 'leveredCostUsd')).toBeLessThan(before);
        expect(num({ ...p, kernelSpeedup: p.kernelSpeedup * k }, 'leveredCostUsd')).toBeLessThan(before);
        expect(num({ ...p, targetMfu: p.targetMfu * k }, 'leveredCostUsd')).toBeLessThan(before);
        expect(num({ ...p, gpuPriceCut: Math.min(0.95, p.gpuPriceCut + 0.01) }, 'leveredCostUsd')).toBeLessThanOrEqual(before);
      }),
    );
  });
});
