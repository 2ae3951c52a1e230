// Links readers already hold keep working: query strings made by the codec as of
// commit dafe950 (before the model moved into chapter folders), copied verbatim,
// must decode to the same scenario, with no notice.
import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from '../../src/lib/url';
import { DEFAULTS, type Params } from '../../src/lib/model/numbers';
import { PRESETS } from '../../src/lib/presets';
import type { Verdict } from '../../src/lib/verdicts';

const LINKS: readonly (readonly [name: string, query: string, values: Partial<Params>, judge?: Readonly<Record<string, Verdict>>])[] = [
  ['the essay', '', {}],
  [
    'preset deepseek-v3',
    'v=1&activeParams=3.7e10&expertParams=2621093750&expertCount=256&trainingTokens=1.48e13&gpu=h800&mfu=0.35&gpuCount=2048&gpuHourUsd=2',
    PRESETS['deepseek-v3'].values,
  ],
  [
    'preset llama-3.1-405b',
    'v=1&activeParams=4.05e11&expertParams=4.05e11&expertCount=1&trainingTokens=1.56e13&gpu=h100&mfu=0.4&gpuCount=16384&gpuHourUsd=2',
    PRESETS['llama-3.1-405b'].values,
  ],
  ['home', 'v=1&guessAccuracy=0.7&wrongStreak=5', { guessAccuracy: 0.7, wrongStreak: 5 }],
  [
    'rockets',
    'v=1&gpt4CostUsd=1e8&challengerEfficiency=0.45&largestRoundCny=2e9&cnyPerUsd=7.1&failureRate=0.25',
    { gpt4CostUsd: 1e8, challengerEfficiency: 0.45, largestRoundCny: 2e9, cnyPerUsd: 7.1, failureRate: 0.25 },
  ],
  [
    'customization',
    'v=1&monthlyTokens=5e10&apiPricePerMTokUsd=2.5&fineTuneSuccessChance=0.5&customLifeMonths=12',
    { monthlyTokens: 5e10, apiPricePerMTokUsd: 2.5, customLifeMonths: 12, fineTuneSuccessChance: 0.5 },
  ],
  [
    'arithmetic',
    'v=1&trainingTokens=1.5e13&gpu=h100&mfu=0.45&gpuCount=1e5&gpuHourUsd=1.5&leverGpu=b200&gpuPriceCut=0.3&horizonYears=8',
    { mfu: 0.45, gpu: 'h100', gpuCount: 1e5, gpuHourUsd: 1.5, trainingTokens: 1.5e13, leverGpu: 'b200', gpuPriceCut: 0.3, horizonYears: 8 },
  ],
  ['multimodal', 'v=1&imageModelParams=1.2e10&visionModuleMultiple=25', { imageModelParams: 1.2e10, visionModuleMultiple: 25 }],
  [
    'lifelines',
    'v=1&upgradeIntervalMonths=6&subsumeChance=0.5&monthlyProfitUsd=2e4&horizonMonths=36',
    { subsumeChance: 0.5, upgradeIntervalMonths: 6, monthlyProfitUsd: 2e4, horizonMonths: 36 },
  ],
  [
    'moats',
    'v=1&qualityGapPct=40&switchMedianPct=25&moatCompute=yes&moatData=unsure&moatEcosystem=no',
    { qualityGapPct: 40, switchMedianPct: 25, moatCompute: 'yes', moatData: 'unsure', moatEcosystem: 'no' },
  ],
  [
    'verdict overrides',
    'v=1&mfu=0.5&judge.efficiency-60=partly&judge.fp8-lever=borne-out&judge.gpu-prices-fall=not-borne-out',
    { mfu: 0.5 },
    { 'efficiency-60': 'partly', 'fp8-lever': 'borne-out', 'gpu-prices-fall': 'not-borne-out' },
  ],
  ['verdicts only', 'v=1&judge.ten-trillion-in-a-year=too-early', {}, { 'ten-trillion-in-a-year': 'too-early' }],
];

describe('links made by an earlier version', () => {
  it.each(LINKS)('%s decodes to the same scenario, without a notice', (_name, query, values, judge = {}) => {
    for (const q of [query, `?${query}`]) {
      const decoded = decodeScenario(q);
      expect(decoded.notices).toEqual([]);
      expect({ ...DEFAULTS, ...decoded.values }).toEqual({ ...DEFAULTS, ...values });
      expect(decoded.judge).toEqual(judge);
    }
  });

  it.each(LINKS)('%s is written again as the same set of settings', (_name, query, values, judge = {}) => {
    const again = encodeScenario({ ...DEFAULTS, ...values }, judge);
    expect(new Set(new URLSearchParams(again))).toEqual(new Set(new URLSearchParams(query)));
  });
});
