/**
 * The registry of every parameter of the model, for every chapter
 * (docs/MODEL.md). Defaults reproduce the essay as written (September 2023);
 * each one says where it came from.
 */
import { GPU_KEYS, GPU_LABELS } from './gpus';
import type { SourceId } from './sources';

export const CHAPTER_IDS = [
  'home',
  'rockets',
  'customization',
  'arithmetic',
  'multimodal',
  'lifelines',
  'moats',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/** Where a default value came from; shown to the reader beside the number. */
export type Origin =
  | { readonly kind: 'reader'; readonly note: string }
  | { readonly kind: 'essay'; readonly via?: SourceId; readonly note?: string }
  | { readonly kind: 'source'; readonly source: SourceId; readonly note?: string }
  | { readonly kind: 'assumption'; readonly note: string; readonly source?: SourceId };

/** Kinds of quantity; each has one formatter (format.ts). */
export type QuantityKind =
  | 'usd'
  | 'cny'
  | 'count'
  | 'ratio'
  | 'factor'
  | 'percentPoints'
  | 'days'
  | 'months'
  | 'years'
  | 'flops'
  | 'fxRate'
  | 'monthYear';

export interface NumericParamSpec {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: QuantityKind;
  /** Noun after a count ("GPUs"), used in text read aloud. */
  readonly unit?: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Smallest meaningful change; values are rounded to it. */
  readonly step: number;
  /** `log` for parameters spanning orders of magnitude: sliders move by ratios. */
  readonly scale: 'linear' | 'log';
}

/** A parameter with named choices: a GPU, or the reader's answer to a question. */
export interface EnumParamSpec<O extends string = string> {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: 'enum';
  readonly options: readonly O[];
  readonly optionLabels: Readonly<Record<O, string>>;
  readonly default: O;
}

export type ParamSpec = NumericParamSpec | EnumParamSpec;

/** The seven candidate moats of the essay, in its order. */
export const MOATS = ['compute', 'users', 'performance', 'fineTuning', 'data', 'reputation', 'ecosystem'] as const;
export type Moat = (typeof MOATS)[number];
export const MOAT_ANSWERS = ['unanswered', 'yes', 'partly', 'no', 'unsure'] as const;
export type MoatAnswer = (typeof MOAT_ANSWERS)[number];
const MOAT_ANSWER_LABELS: Readonly<Record<MoatAnswer, string>> = {
  unanswered: 'no answer yet',
  yes: 'yes',
  partly: 'partly',
  no: 'no',
  unsure: 'not sure',
};
export const MOAT_LABELS: Readonly<Record<Moat, string>> = {
  compute: 'compute',
  users: 'users',
  performance: 'performance',
  fineTuning: 'fine-tuning',
  data: 'data',
  reputation: 'reputation',
  ecosystem: 'ecosystem',
};
export type MoatParamId = `moat${Capitalize<Moat>}`;
export const moatParamId = (m: Moat): MoatParamId => `moat${m.charAt(0).toUpperCase()}${m.slice(1)}` as MoatParamId;

function moatAnswers(): Record<MoatParamId, EnumParamSpec<MoatAnswer>> {
  return Object.fromEntries(
    MOATS.map((m) => [
      moatParamId(m),
      {
        chapter: 'moats',
        label: `your answer: is ${MOAT_LABELS[m]} a moat?`,
        kind: 'enum',
        options: MOAT_ANSWERS,
        optionLabels: MOAT_ANSWER_LABELS,
        default: 'unanswered',
      },
    ]),
  ) as unknown as Record<MoatParamId, EnumParamSpec<MoatAnswer>>;
}

export const PARAMS = {
  // Home page: judging under noise (preface)
  guessAccuracy: {
    chapter: 'home', label: 'chance a guess is right', kind: 'ratio',
    default: 0.5, min: 0.01, max: 0.99, step: 0.01, scale: 'linear',
  },
  wrongStreak: {
    chapter: 'home', label: 'wrong calls in a row', kind: 'count', unit: 'wrong calls',
    default: 3, min: 1, max: 10, step: 1, scale: 'linear',
  },

  // Chapter rockets
  gpt4CostUsd: {
    chapter: 'rockets', label: 'GPT-4 training cost', kind: 'usd',
    default: 60e6, min: 1e6, max: 1e9, step: 1e5, scale: 'log',
  },
  gpt4Efficiency: {
    chapter: 'rockets', label: "OpenAI's efficiency", kind: 'ratio',
    default: 0.3, min: 0.05, max: 0.9, step: 0.01, scale: 'linear',
  },
  challengerEfficiency: {
    chapter: 'rockets', label: "a challenger's efficiency", kind: 'ratio',
    default: 0.3, min: 0.05, max: 0.9, step: 0.01, scale: 'linear',
  },
  largestRoundCny: {
    chapter: 'rockets', label: 'a very large Chinese funding round', kind: 'cny',
    default: 100e6, min: 1e6, max: 1e10, step: 1e5, scale: 'log',
  },
  typicalRoundCny: {
    chapter: 'rockets', label: 'a typical round (upper end)', kind: 'cny',
    default: 20e6, min: 1e6, max: 1e9, step: 1e5, scale: 'log',
  },
  cnyPerUsd: {
    chapter: 'rockets', label: 'exchange rate', kind: 'fxRate',
    default: 7.3, min: 5, max: 9, step: 0.01, scale: 'linear',
  },
  failureRate: {
    chapter: 'rockets', label: 'chance a training run fails', kind: 'ratio',
    default: 0.5, min: 0, max: 0.99, step: 0.01, scale: 'linear',
  },

  // Chapter arithmetic
  activeParams: {
    chapter: 'arithmetic', label: 'parameters used per token', kind: 'count', unit: 'parameters',
    default: 280e9, min: 1e9, max: 5e12, step: 1e9, scale: 'log',
  },
  expertParams: {
    chapter: 'arithmetic', label: 'parameters per expert', kind: 'count', unit: 'parameters',
    default: 110e9, min: 1e9, max: 2e12, step: 1e6, scale: 'log',
  },
  expertCount: {
    chapter: 'arithmetic', label: 'experts', kind: 'count', unit: 'experts',
    default: 16, min: 1, max: 512, step: 1, scale: 'log',
  },
  trainingTokens: {
    chapter: 'arithmetic', label: 'training tokens', kind: 'count', unit: 'tokens',
    default: 13e12, min: 1e11, max: 1e14, step: 1e10, scale: 'log',
  },
  gpu: {
    chapter: 'arithmetic', label: 'GPU', kind: 'enum', options: GPU_KEYS, optionLabels: GPU_LABELS, default: 'a100',
  },
  mfu: {
    chapter: 'arithmetic', label: 'training efficiency (MFU)', kind: 'ratio',
    default: 0.3, min: 0.01, max: 0.95, step: 0.01, scale: 'linear',
  },
  gpuCount: {
    chapter: 'arithmetic', label: 'GPUs in the cluster', kind: 'count', unit: 'GPUs',
    default: 25000, min: 1, max: 1e6, step: 1, scale: 'log',
  },
  gpuHourUsd: {
    chapter: 'arithmetic', label: 'price of one GPU-hour', kind: 'usd',
    default: 1, min: 0.1, max: 20, step: 0.01, scale: 'log',
  },
  targetMfu: {
    chapter: 'arithmetic', label: 'efficiency after improvement', kind: 'ratio',
    default: 0.6, min: 0.01, max: 0.95, step: 0.01, scale: 'linear',
  },
  leverGpu: {
    chapter: 'arithmetic', label: 'GPU after the hardware move', kind: 'enum', options: GPU_KEYS, optionLabels: GPU_LABELS,
    default: 'h100',
  },
  leverGpuHourUsd: {
    chapter: 'arithmetic', label: 'price of that GPU-hour', kind: 'usd',
    default: 2, min: 0.1, max: 20, step: 0.01, scale: 'log',
  },
  gpuPriceCut: {
    chapter: 'arithmetic', label: 'further cut in GPU-hour prices', kind: 'ratio',
    default: 0, min: 0, max: 0.95, step: 0.01, scale: 'linear',
  },
  paramEfficiencyGain: {
    chapter: 'arithmetic', label: 'fewer parameters for the same quality', kind: 'factor',
    default: 2, min: 1, max: 20, step: 0.1, scale: 'linear',
  },
  kernelSpeedup: {
    chapter: 'arithmetic', label: 'better transformer kernels and FP8', kind: 'factor',
    default: 1.5, min: 1, max: 4, step: 0.05, scale: 'linear',
  },
  toleranceMonths: {
    chapter: 'arithmetic', label: 'longest a company will burn on one run', kind: 'months',
    default: 6, min: 1, max: 36, step: 0.5, scale: 'linear',
  },
  tokensPerParam: {
    chapter: 'arithmetic', label: 'training tokens per parameter', kind: 'factor',
    default: 20, min: 1, max: 200, step: 1, scale: 'log',
  },
  computeGrowthPerYear: {
    chapter: 'arithmetic', label: 'growth of usable training compute per year', kind: 'factor',
    default: 1.6, min: 1, max: 10, step: 0.05, scale: 'linear',
  },
  horizonYears: {
    chapter: 'arithmetic', label: 'horizon of the extreme-limit claim', kind: 'years',
    default: 5, min: 1, max: 20, step: 1, scale: 'linear',
  },

  // Chapter customization (all assumptions but the API price)
  monthlyTokens: {
    chapter: 'customization', label: 'tokens processed per month', kind: 'count', unit: 'tokens',
    default: 1e9, min: 1e6, max: 1e13, step: 1e6, scale: 'log',
  },
  apiPricePerMTokUsd: {
    chapter: 'customization', label: 'frontier API price per 1M tokens (blended)', kind: 'usd',
    default: 45, min: 0.01, max: 200, step: 0.01, scale: 'log',
  },
  customServingPerMTokUsd: {
    chapter: 'customization', label: 'serving cost of your own model per 1M tokens', kind: 'usd',
    default: 2, min: 0.01, max: 100, step: 0.01, scale: 'log',
  },
  customTeamUsdPerYear: {
    chapter: 'customization', label: 'team cost per year', kind: 'usd',
    default: 1e6, min: 0, max: 1e8, step: 1e4, scale: 'linear',
  },
  customDataUsd: {
    chapter: 'customization', label: 'data collection and labelling', kind: 'usd',
    default: 200e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  fineTuneRunUsd: {
    chapter: 'customization', label: 'one fine-tuning attempt', kind: 'usd',
    default: 50e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  fineTuneSuccessChance: {
    chapter: 'customization', label: 'chance an attempt reaches the target quality', kind: 'ratio',
    default: 0.3, min: 0.01, max: 1, step: 0.01, scale: 'linear',
  },
  customLifeMonths: {
    chapter: 'customization', label: 'months before the next frontier model makes it obsolete', kind: 'months',
    default: 6, min: 1, max: 60, step: 1, scale: 'linear',
  },

  // Chapter multimodal
  imageModelParams: {
    chapter: 'multimodal', label: 'an image-generation model', kind: 'count', unit: 'parameters',
    default: 3.5e9, min: 1e8, max: 1e12, step: 1e7, scale: 'log',
  },
  visionModuleMultiple: {
    chapter: 'multimodal', label: 'a native vision part, in multiples of that model', kind: 'factor',
    default: 10, min: 1, max: 1000, step: 1, scale: 'log',
  },

  // Chapter lifelines
  upgradeIntervalMonths: {
    chapter: 'lifelines', label: 'months between significant frontier upgrades', kind: 'months',
    default: 3, min: 0.5, max: 24, step: 0.5, scale: 'linear',
  },
  subsumeChance: {
    chapter: 'lifelines', label: "chance that one upgrade swallows the reader's product", kind: 'ratio',
    default: 1, min: 0.01, max: 1, step: 0.01, scale: 'linear',
  },
  buildCostUsd: {
    chapter: 'lifelines', label: 'cost to build the product', kind: 'usd',
    default: 100e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  monthlyProfitUsd: {
    chapter: 'lifelines', label: 'profit per month while alive', kind: 'usd',
    default: 50e3, min: 0, max: 1e8, step: 1e3, scale: 'linear',
  },
  horizonMonths: {
    chapter: 'lifelines', label: 'planning horizon', kind: 'months',
    default: 24, min: 1, max: 120, step: 1, scale: 'linear',
  },

  // Chapter moats
  qualityGapPct: {
    chapter: 'moats', label: 'how much better the leader is', kind: 'percentPoints',
    default: 10, min: 0, max: 200, step: 1, scale: 'linear',
  },
  switchMedianPct: {
    chapter: 'moats', label: 'gap at which half of users switch', kind: 'percentPoints',
    default: 30, min: 1, max: 200, step: 1, scale: 'linear',
  },
  switchSpreadPct: {
    chapter: 'moats', label: "spread of users' switching thresholds", kind: 'percentPoints',
    default: 10, min: 1, max: 100, step: 1, scale: 'linear',
  },

  // The reader's own answers to the essay's seven candidate moats (moats chapter).
  ...moatAnswers(),
} as const satisfies Record<string, ParamSpec>;

export type ParamId = keyof typeof PARAMS;
export type EnumParamId = {
  [K in ParamId]: (typeof PARAMS)[K] extends EnumParamSpec ? K : never;
}[ParamId];
export type NumericParamId = Exclude<ParamId, EnumParamId>;

/** A whole scenario: a value for every parameter. */
export type Params = { [K in NumericParamId]: number } & {
  [K in EnumParamId]: (typeof PARAMS)[K] extends EnumParamSpec<infer O> ? O : never;
};

export const PARAM_IDS = Object.keys(PARAMS) as ParamId[];

export function isParamId(id: string): id is ParamId {
  return Object.hasOwn(PARAMS, id);
}

export function isEnumSpec(spec: ParamSpec): spec is EnumParamSpec {
  return spec.kind === 'enum';
}

/** The essay's scenario: every parameter at its default. */
export const DEFAULTS: Readonly<Params> = Object.freeze(
  Object.fromEntries(PARAM_IDS.map((id) => [id, PARAMS[id].default])) as Params,
);
