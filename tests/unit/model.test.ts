// The model against the reference values of docs/MODEL.md and published figures.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, type Params } from '../../src/lib/params';
import { computeOutputs, type OutputId } from '../../src/lib/outputs';
import { decideConclusions } from '../../src/lib/conclusions';
import { PRESETS } from '../../src/lib/presets';
import { isDefined } from '../../src/lib/model/value';

const defaults = computeOutputs(DEFAULTS);
const value = (id: OutputId, o = defaults) => {
  const v = o[id];
  if (!isDefined(v)) throw new Error(`${id} is undefined: ${v.undefinedBecause}`);
  return v;
};

describe('reference values with the essay’s defaults (docs/MODEL.md)', () => {
  // [output, reference value]: the spec gives four significant digits, so within 0.1%.
  it.each<[OutputId, number]>([
    ['streakChance', 0.125],
    ['totalParams', 1.76e12],
    ['trainingFlops', 2.184e25],
    ['gpuHours', 6.481e7],
    ['trainingCostUsd', 64.81e6],
    ['trainingDays', 108.0],
    ['mfuGain', 2.0],
    ['hardwareGain', 1.585],
    ['priceGain', 1.0],
    ['combinedGain', 9.51],
    ['leveredCostUsd', 6.816e6],
    ['ceilingFlops', 3.692e25],
    ['ceilingDenseParams', 5.547e11],
    ['ceilingTotalParams', 8.875e12],
    ['extremeTotalParams', 2.874e13],
  ])('%s ≈ %d', (id, expected) => {
    expect(Math.abs(value(id) / expected - 1)).toBeLessThan(1e-3);
  });

  it('puts the levered cost above the $3M–$6M band, and a ~12% price cut closes the gap', () => {
    expect(decideConclusions(DEFAULTS, defaults).leveredCostBand).toBe('above');
    expect(value('priceCutToReachBand')).toBeCloseTo(0.1197, 3);
    const closed = { ...DEFAULTS, gpuPriceCut: value('priceCutToReachBand') + 1e-6 };
    expect(decideConclusions(closed, computeOutputs(closed)).leveredCostBand).toBe('inside');
  });

  it('finds the essay’s "two months" too short for its own inputs', () => {
    expect(decideConclusions(DEFAULTS, defaults).durationVsEssay).toBe('longer');
    // Two months at 25,000 A100s needs 53% efficiency, or about 44,000 GPUs at 30%.
    expect(value('mfuForTwoMonths')).toBeCloseTo(0.532, 2);
    expect(value('gpusForTwoMonths')).toBeGreaterThan(44_000);
    expect(value('gpusForTwoMonths')).toBeLessThan(44_500);
  });

  it('reproduces 20–50T only if compute grows about 1.4–2× a year', () => {
    expect(value('impliedGrowthLow')).toBeCloseTo(1.384, 2);
    expect(value('impliedGrowthHigh')).toBeCloseTo(1.997, 2);
    // At Epoch AI's measured 4× a year, hundreds of trillions.
    expect(value('extremeAtEpochGrowth')).toBeGreaterThan(2e14);
  });

  it('says a coin-flip judge is a coin', () => {
    expect(decideConclusions(DEFAULTS, defaults).guessVsCoin).toBe('coin');
    const worse = { ...DEFAULTS, guessAccuracy: 0.3 };
    expect(decideConclusions(worse, computeOutputs(worse)).guessVsCoin).toBe('worse');
  });
});

describe('presets against published figures', () => {
  const run = (values: Partial<Params>) => computeOutputs({ ...DEFAULTS, ...values });

  it('deepseek-v3 reproduces DeepSeek’s 2.664M pre-training GPU-hours within 3% and ≈$5.3M', () => {
    const o = run(PRESETS['deepseek-v3'].values);
    expect(Math.abs(value('gpuHours', o) / 2.664e6 - 1)).toBeLessThan(0.03);
    expect(Math.abs(value('trainingCostUsd', o) / 5.328e6 - 1)).toBeLessThan(0.03);
    expect(value('totalParams', o)).toBeCloseTo(671e9, -6);
  });

  it('llama-3.1-405b gives about 3.8e25 FLOPs', () => {
    const o = run(PRESETS['llama-3.1-405b'].values);
    expect(Math.abs(value('trainingFlops', o) / 3.8e25 - 1)).toBeLessThan(0.01);
    expect(value('totalParams', o)).toBe(405e9);
  });
});
