/**
 * Fixed figures the prose quotes: the essay's own claims and historical
 * numbers from sources. They do not change with the reader's scenario, but
 * each one shows where it came from, like every number on the site.
 */
import type { Origin, QuantityKind } from './model/kit';
import {
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  ESSAY_EXTREME_HIGH_PARAMS,
  ESSAY_EXTREME_LOW_PARAMS,
  ESSAY_TRAINING_DAYS,
  EPOCH_COMPUTE_GROWTH_LOW,
} from './model/arithmetic/compute';

export interface FactSpec {
  readonly label: string;
  readonly kind: QuantityKind;
  readonly value: number;
  /** Shown instead of the formatted value, for ranges ("90–100 days"). */
  readonly text?: string;
  readonly origin: Origin;
}

export const FACTS = {
  essayStreakChance: {
    label: 'chance a blind guesser is wrong three times in a row', kind: 'ratio', value: 0.125,
    origin: { kind: 'essay', note: '0.5 × 0.5 × 0.5' },
  },
  essayBandLowUsd: {
    label: "low end of the essay's target cost", kind: 'usd', value: ESSAY_BAND_LOW_USD,
    origin: { kind: 'essay' },
  },
  essayBandHighUsd: {
    label: "high end of the essay's target cost", kind: 'usd', value: ESSAY_BAND_HIGH_USD,
    origin: { kind: 'essay' },
  },
  essayCheaperLow: {
    label: 'how much cheaper the essay expects training to get (low end)', kind: 'factor', value: 10,
    origin: { kind: 'essay' },
  },
  essayCheaperHigh: {
    label: 'how much cheaper the essay expects training to get (high end)', kind: 'factor', value: 20,
    origin: { kind: 'essay' },
  },
  essayTrainingDays: {
    label: 'training time the essay gives', kind: 'days', value: ESSAY_TRAINING_DAYS, text: 'about two months',
    origin: { kind: 'essay' },
  },
  essayCostUsd: {
    label: 'GPT-4 training cost the essay gives', kind: 'usd', value: 60e6,
    origin: { kind: 'essay', via: 'semianalysis-gpt4' },
  },
  essayTotalParams: {
    label: "GPT-4's total parameters as the essay gives them", kind: 'count', value: 1.7e12,
    origin: { kind: 'essay', note: '110B × 16 experts, rounded', via: 'semianalysis-gpt4' },
  },
  essayDenseCeiling: {
    label: "the essay's limit for a single model", kind: 'count', value: 600e9,
    origin: { kind: 'essay' },
  },
  essayTotalCeiling: {
    label: "the essay's limit for a model with experts", kind: 'count', value: 10e12,
    origin: { kind: 'essay' },
  },
  essayExtremeLow: {
    label: "the essay's extreme limit within five years (low end)", kind: 'count', value: ESSAY_EXTREME_LOW_PARAMS,
    origin: { kind: 'essay' },
  },
  essayExtremeHigh: {
    label: "the essay's extreme limit within five years (high end)", kind: 'count', value: ESSAY_EXTREME_HIGH_PARAMS,
    origin: { kind: 'essay' },
  },
  leakTrainingDays: {
    label: 'training time in the leak', kind: 'days', value: 95, text: '90–100 days',
    origin: { kind: 'source', source: 'semianalysis-gpt4' },
  },
  leakMfu: {
    label: 'efficiency in the leak', kind: 'ratio', value: 0.34, text: '32–36%',
    origin: { kind: 'source', source: 'semianalysis-gpt4' },
  },
  leakCostUsd: {
    label: 'training cost in the leak', kind: 'usd', value: 63e6,
    origin: { kind: 'source', source: 'semianalysis-gpt4', note: 'at about $1 per A100-hour; excludes experiments, failed runs, data, RLHF and staff' },
  },
  leakTotalParams: {
    label: 'total parameters in the leak', kind: 'count', value: 1.8e12, text: 'about 1.8T',
    origin: { kind: 'source', source: 'semianalysis-gpt4', note: '16 experts of about 111B each plus about 55B shared' },
  },
  leakH100CostUsd: {
    label: "the leak's H100 alternative", kind: 'usd', value: 21.5e6,
    origin: { kind: 'source', source: 'semianalysis-gpt4', note: 'about 8,192 H100s for about 55 days at $2 an hour' },
  },
  llamaParamEfficiency: {
    label: 'LLaMA-13B against GPT-3 175B', kind: 'factor', value: 10, text: 'about 10×',
    origin: { kind: 'source', source: 'llama-1', note: '"LLaMA-13B outperforms GPT-3 (175B) on most benchmarks"' },
  },
  deepseekV3CostUsd: {
    label: "DeepSeek-V3's reported training cost", kind: 'usd', value: 5.576e6,
    origin: {
      kind: 'source', source: 'deepseek-v3',
      note: '2.788M H800-hours at an assumed $2; the report says this excludes prior research and ablation experiments',
    },
  },
  deepseekV3GpuHours: {
    label: "DeepSeek-V3's reported pre-training GPU-hours", kind: 'count', value: 2.664e6,
    origin: { kind: 'source', source: 'deepseek-v3' },
  },
  epochComputeGrowth: {
    label: 'measured growth of frontier training compute', kind: 'factor', value: EPOCH_COMPUTE_GROWTH_LOW, text: '4–5× a year',
    origin: { kind: 'source', source: 'epoch-compute-growth', note: '2010 to May 2024' },
  },

  // Chapter rockets
  essayTypicalRoundRange: {
    label: 'the usual size of a Chinese funding round', kind: 'cny', value: 20e6, text: '¥5M–¥20M',
    origin: { kind: 'essay', note: 'the ledger found no source for this range' },
  },
  essayLaunchCostUsd: {
    label: 'what a rocket launch and a GPT-4 run each cost, by the essay', kind: 'usd', value: 60e6,
    origin: { kind: 'essay' },
  },

  // Chapter multimodal
  sd1Params: {
    label: 'Stable Diffusion 1.x', kind: 'count', value: 0.983e9, text: 'about 1B',
    origin: { kind: 'source', source: 'sd-1', note: '860M UNet + 123M text encoder' },
  },
  sdxlBaseParams: {
    label: 'SDXL base model', kind: 'count', value: 3.5e9,
    origin: { kind: 'source', source: 'sdxl', note: 'as Stability AI announced it; the paper counts the UNet at about 2.6B' },
  },
  sdxlEnsembleParams: {
    label: 'SDXL with its refiner', kind: 'count', value: 6.6e9,
    origin: { kind: 'source', source: 'sdxl' },
  },
  gpt3Params: {
    label: 'GPT-3', kind: 'count', value: 175e9,
    origin: { kind: 'source', source: 'llama-1', note: '"GPT-3 (175B)"' },
  },
  runwayValuationUsd: {
    label: "Runway's valuation in June 2023", kind: 'usd', value: 1.5e9,
    origin: { kind: 'source', source: 'runway-2023' },
  },
  gemini: {
    label: 'Gemini, "natively multimodal"', kind: 'monthYear', value: 2023 + 11 / 12, text: 'December 2023',
    origin: { kind: 'source', source: 'gemini' },
  },
  gpt4o: {
    label: 'GPT-4o, one network for text, vision and audio', kind: 'monthYear', value: 2024 + 4 / 12, text: 'May 2024',
    origin: { kind: 'source', source: 'gpt-4o' },
  },
  models1e25: {
    label: 'models trained with over 1e25 FLOP by January 2025', kind: 'count', value: 25, text: 'over 25 models from 11 developers',
    origin: { kind: 'source', source: 'epoch-1e25' },
  },

  // Chapter lifelines
  essayLifelineWrapperMonths: {
    label: "the essay's lifeline for a poorly chosen direction", kind: 'months', value: 3,
    origin: { kind: 'essay' },
  },
  essayLifelineCouplingMonths: {
    label: "the essay's lifeline for deep coupling to a model's performance", kind: 'months', value: 6,
    origin: { kind: 'essay' },
  },
  essayLifelineDirectionMonths: {
    label: "the essay's lifeline for a well-chosen direction", kind: 'months', value: 12,
    origin: { kind: 'essay', note: 'the essay says "long"; 12 months is the longest of its 3/6/12' },
  },
  tencentMeituanRatio: {
    label: "Tencent's market value against Meituan's, by the essay", kind: 'factor', value: 4, text: 'about 4×',
    origin: { kind: 'essay', note: 'in September 2023' },
  },
  huggingfaceValuationUsd: {
    label: "Hugging Face's valuation in August 2023", kind: 'usd', value: 4.5e9,
    origin: { kind: 'source', source: 'huggingface-2023' },
  },

  // Chapter moats
  essayQualityGapPct: {
    label: 'a lead the essay calls no barrier', kind: 'percentPoints', value: 10, text: '+10%',
    origin: { kind: 'essay' },
  },
} as const satisfies Record<string, FactSpec>;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];
export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACTS, id);
}
