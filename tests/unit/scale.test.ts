// Where values sit on a control and how keys step them.
import { PARAMS, PARAM_IDS } from '../../src/lib/model/numbers';
import { isEnumSpec, type NumericParamSpec, type ParamSpec } from '../../src/lib/model/kit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { POSITIONS, fromPosition, fromSlider, roundValue, stepValue, toPosition, toSlider } from '../../src/lib/scale';

const numeric = PARAM_IDS.map((id): ParamSpec => PARAMS[id]).filter((s): s is NumericParamSpec => !isEnumSpec(s));

describe('scale', () => {
  it('maps a log-scaled parameter evenly by decade', () => {
    expect(toPosition(PARAMS.gpuCount, 1)).toBe(0);
    expect(toPosition(PARAMS.gpuCount, 1e6)).toBe(1);
    expect(toPosition(PARAMS.gpuCount, 1000)).toBeCloseTo(0.5, 10);
    expect(fromPosition(PARAMS.gpuCount, 0.5)).toBe(1000);
  });

  it('gives a slider a linear parameter’s own value, and a log-scaled one’s position out of POSITIONS', () => {
    expect(toSlider(PARAMS.mfu, 0.3)).toBe(0.3);
    expect(fromSlider(PARAMS.mfu, 0.3)).toBe(0.3);
    expect(toSlider(PARAMS.gpuCount, 1000)).toBe(POSITIONS / 2);
    expect(toSlider(PARAMS.gpuCount, 1e6)).toBe(POSITIONS);
    expect(fromSlider(PARAMS.gpuCount, POSITIONS / 2)).toBe(1000);
    expect(fromSlider(PARAMS.gpuCount, 0)).toBe(1);
  });

  it('steps linear parameters by their step and jumps by ten with Page Up', () => {
    expect(stepValue(PARAMS.mfu, 0.3, 'ArrowUp')).toBe(0.31);
    expect(stepValue(PARAMS.mfu, 0.3, 'ArrowLeft')).toBe(0.29);
    expect(stepValue(PARAMS.mfu, 0.3, 'PageUp')).toBe(0.4);
    expect(stepValue(PARAMS.mfu, 0.3, 'Home')).toBe(0.01);
    expect(stepValue(PARAMS.mfu, 0.3, 'End')).toBe(0.95);
  });

  it('steps log parameters by a ratio', () => {
    const up = stepValue(PARAMS.gpuCount, 25000, 'ArrowUp');
    expect(up / 25000).toBeGreaterThan(1.1);
    expect(up / 25000).toBeLessThan(1.2);
    const big = stepValue(PARAMS.gpuCount, 25000, 'PageUp');
    expect(big / 25000).toBeGreaterThan(3);
  });

  it('always stays in range and moves unless at the end', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...keys), (spec, t, key) => {
        const v = fromPosition(spec, t);
        const next = stepValue(spec, v, key);
        expect(next).toBeGreaterThanOrEqual(spec.min);
        expect(next).toBeLessThanOrEqual(spec.max);
        const up = key === 'ArrowUp' || key === 'PageUp';
        if (up && v < spec.max) expect(next).toBeGreaterThan(v);
        if (!up && v > spec.min) expect(next).toBeLessThan(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds away floating-point dust', () => {
    expect(roundValue(PARAMS.mfu, 0.1 + 0.2)).toBe(0.3);
  });
});
