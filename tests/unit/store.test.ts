// The reader's scenario in nanostores: actions validate, presets and reset work.
import { DEFAULTS } from '../../src/lib/model/numbers';
import { beforeEach, describe, expect, it } from 'vitest';
import { $conclusions, $notices, $outputs, $param, $params, applyPreset, dismissNotices, matchingPreset, outputStore, resetAll, setParam } from '../../src/state/scenario';

beforeEach(() => {
  resetAll();
  dismissNotices();
});

describe('scenario stores', () => {
  it('start at the essay’s numbers', () => {
    expect($params.get()).toEqual(DEFAULTS);
    expect(matchingPreset($params.get())).toBe('essay');
    expect($conclusions.get().leveredCostBand).toBe('above');
  });

  it('recompute outputs and conclusions when a parameter changes', () => {
    const before = $outputs.get().trainingCostUsd as number;
    expect(setParam('mfu', 0.6)).toBe(true);
    expect($outputs.get().trainingCostUsd).toBeCloseTo(before / 2, 0);
    setParam('gpuPriceCut', 0.2);
    expect($conclusions.get().leveredCostBand).toBe('inside');
  });

  it('notify an output’s store only when that output changes', () => {
    const seen: unknown[] = [];
    const unbind = outputStore('totalParams').listen((v) => seen.push(v));
    setParam('mfu', 0.5);
    expect(seen).toEqual([]);
    setParam('expertCount', 8);
    expect(seen).toEqual([880e9]);
    unbind();
  });

  it('clamp out-of-range values and refuse malformed ones with notices, keeping other values', () => {
    setParam('gpuCount', 5000);
    expect(setParam('mfu', 7)).toBe(true);
    expect($param.mfu.get()).toBe(0.95);
    expect(setParam('mfu', 'fast')).toBe(false);
    expect($param.mfu.get()).toBe(0.95);
    expect($param.gpuCount.get()).toBe(5000);
    expect($notices.get().map((n) => n.kind)).toEqual(['clamped', 'malformed']);
  });

  it('apply a preset over the essay’s numbers and recognise it', () => {
    setParam('toleranceMonths', 12);
    applyPreset('deepseek-v3');
    expect($param.gpu.get()).toBe('h800');
    expect($param.toleranceMonths.get()).toBe(DEFAULTS.toleranceMonths);
    expect(matchingPreset($params.get())).toBe('deepseek-v3');
    resetAll();
    expect($params.get()).toEqual(DEFAULTS);
  });
});
