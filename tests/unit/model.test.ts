// The model against the reference values of docs/MODEL.md and published figures.
import { DEFAULTS, type Params, computeOutputs, type OutputId, decideConclusions } from '../../src/lib/model/numbers';
import { isDefined } from '../../src/lib/model/kit';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lib/presets';

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
    // rockets
    ['performanceBarUsd', 18.0e6],
    ['challengerLaunchCostUsd', 60.0e6],
    ['largestRoundUsd', 13.70e6],
    ['typicalRoundUsd', 2.740e6],
    ['launchesAffordable', 0.2283],
    // customization
    ['apiMonthlyUsd', 45.0e3],
    ['customFixedUsd', 866.7e3],
    ['customMonthlyUsd', 146.4e3],
    ['breakEvenMonthlyTokens', 3.359e9],
    // multimodal
    ['paramHeadroom', 5.043],
    ['visionShareOfGrowth', 0.004919],
    // lifelines
    ['expectedLifelineMonths', 3],
    ['expectedProfitUsd', 49.95e3],
    ['paybackChance', 0.5134],
    // moats
    ['switchShare', 0.1192],
    ['costDeclinePerYear', 3.084],
    ['yearsUntilRoundAffords', 1.380],
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

describe('the other chapters’ conclusions and edge cases', () => {
  const run = (values: Partial<Params>) => {
    const p = { ...DEFAULTS, ...values };
    return { o: computeOutputs(p), c: decideConclusions(p, computeOutputs(p)) };
  };

  it('rockets: the largest round buys under a quarter of a launch, and no efficiency fixes that', () => {
    const { o, c } = run({});
    expect(value('launchSuccessChance', o)).toBe(0);
    expect(c.roundCoversLaunch).toBe('false');
    expect(c.efficiencyCanClose).toBe('false');
    expect(o.efficiencyForOneLaunch).toMatchObject({ undefinedBecause: expect.stringContaining('no efficiency') });
    // The round that would buy one launch: $60M at 7.3 yuan to the dollar.
    expect(value('roundForOneLaunchCny', o)).toBeCloseTo(438e6, -5);
    const rich = run({ largestRoundCny: 1e9, failureRate: 0.5 });
    expect(rich.c.roundCoversLaunch).toBe('true');
    expect(value('launchSuccessChance', rich.o)).toBeCloseTo(1 - 0.5 ** 2, 10);
  });

  it('customization: the API is cheaper at 1B tokens a month; there is no break-even when serving costs as much', () => {
    expect(run({}).c.customPaysOff).toBe('false');
    expect(run({ monthlyTokens: 1e10 }).c.customPaysOff).toBe('true');
    const none = run({ customServingPerMTokUsd: 50 });
    expect(none.o.breakEvenMonthlyTokens).toMatchObject({ undefinedBecause: expect.stringContaining('no break-even') });
  });

  it('multimodal: a vision part fits; a smaller cluster leaves no room', () => {
    expect(run({}).c.visionFits).toBe('true');
    const cramped = run({ gpuCount: 100 });
    expect(cramped.c.visionFits).toBe('undefined');
    expect(cramped.o.visionShareOfGrowth).toMatchObject({ undefinedBecause: expect.stringContaining('no room') });
  });

  it('lifelines: the archetypes give the essay’s 3, 6 and 12 months; no profit never pays back', () => {
    expect(value('expectedLifelineMonths', run({ subsumeChance: 0.5 }).o)).toBe(6);
    expect(value('expectedLifelineMonths', run({ subsumeChance: 0.25 }).o)).toBe(12);
    expect(run({}).c.shortProjectPays).toBe('true');
    expect(run({ buildCostUsd: 200e3 }).c.shortProjectPays).toBe('false');
    expect(run({ monthlyProfitUsd: 0 }).o.paybackChance).toMatchObject({ undefinedBecause: expect.stringContaining('never pays back') });
  });

  it('moats: a 10% lead is no moat; the round affords a GPT-4-class run in early 2025', () => {
    const { o, c } = run({});
    expect(c.performanceIsMoat).toBe('false');
    expect(run({ qualityGapPct: 60 }).c.performanceIsMoat).toBe('true');
    expect(c.computeStillMoat).toBe('years');
    expect(value('roundAffordsDate', o)).toBeGreaterThan(2025);
    expect(value('roundAffordsDate', o)).toBeLessThan(2025.25);
    expect(run({ largestRoundCny: 1e9 }).c.computeStillMoat).toBe('gone');
    expect(run({ targetMfu: 0.05, kernelSpeedup: 1, paramEfficiencyGain: 1 }).c.computeStillMoat).toBe('lasting');
  });

  it('moats: counts the reader’s answers that agree with the essay', () => {
    const { o } = run({ moatFineTuning: 'no', moatUsers: 'yes', moatCompute: 'partly' });
    expect(value('moatsAnswered', o)).toBe(3);
    expect(value('moatsAgreed', o)).toBe(2);
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
