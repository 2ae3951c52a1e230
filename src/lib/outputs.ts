/**
 * The registry of outputs: what each one means, its kind of quantity (for
 * formatting) and its formula in words (shown as its origin), plus the one
 * function that computes all of them for a scenario.
 */
import type { ChapterId, QuantityKind } from './params';
import type { OutputValue } from './model/value';

export { computeOutputs } from './compute';

export interface OutputSpec {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: QuantityKind;
  readonly unit?: string;
  /** The formula in plain words, shown as the number's origin. */
  readonly formula: string;
  /** Can be below zero (a profit that is a loss); every other output never is. */
  readonly signed?: true;
}

export const OUTPUTS = {
  streakChance: {
    chapter: 'home', label: 'chance of that many wrong calls in a row', kind: 'ratio',
    formula: '(1 − chance a guess is right) ^ wrong calls in a row',
  },
  totalParams: {
    chapter: 'arithmetic', label: 'total parameters', kind: 'count', unit: 'parameters',
    formula: 'parameters per expert × experts',
  },
  trainingFlops: {
    chapter: 'arithmetic', label: 'training compute', kind: 'flops',
    formula: '6 × parameters used per token × training tokens',
  },
  gpuHours: {
    chapter: 'arithmetic', label: 'GPU-hours', kind: 'count', unit: 'GPU-hours',
    formula: "training compute ÷ (the GPU's peak FLOP/s × efficiency × 3,600)",
  },
  trainingCostUsd: {
    chapter: 'arithmetic', label: 'training cost', kind: 'usd',
    formula: 'GPU-hours × price of one GPU-hour',
  },
  trainingDays: {
    chapter: 'arithmetic', label: 'training time', kind: 'days',
    formula: 'GPU-hours ÷ GPUs in the cluster ÷ 24',
  },
  mfuForTwoMonths: {
    chapter: 'arithmetic', label: 'efficiency needed to finish in two months', kind: 'ratio',
    formula: 'efficiency × training time ÷ two months (60.9 days)',
  },
  gpusForTwoMonths: {
    chapter: 'arithmetic', label: 'GPUs needed to finish in two months', kind: 'count', unit: 'GPUs',
    formula: 'GPU-hours ÷ (two months × 24 hours)',
  },
  mfuGain: {
    chapter: 'arithmetic', label: 'gain from better efficiency', kind: 'factor',
    formula: 'efficiency after improvement ÷ efficiency',
  },
  hardwareGain: {
    chapter: 'arithmetic', label: 'gain from the newer GPU', kind: 'factor',
    formula: "(new GPU's peak ÷ old GPU's peak) ÷ (new GPU-hour price ÷ old GPU-hour price)",
  },
  priceGain: {
    chapter: 'arithmetic', label: 'gain from cheaper GPU-hours', kind: 'factor',
    formula: '1 ÷ (1 − further price cut)',
  },
  combinedGain: {
    chapter: 'arithmetic', label: 'all five levers together', kind: 'factor',
    formula: 'efficiency gain × GPU gain × price gain × parameter gain × kernel gain',
  },
  leveredCostUsd: {
    chapter: 'arithmetic', label: 'cost with all levers pulled', kind: 'usd',
    formula: 'training cost ÷ all five levers together',
  },
  bandGapFactor: {
    chapter: 'arithmetic', label: "distance from the essay's $3M–$6M band", kind: 'factor',
    formula: 'levered cost ÷ $6M when above the band; $3M ÷ levered cost when below; 1 inside',
  },
  priceCutToReachBand: {
    chapter: 'arithmetic', label: 'further GPU price cut that would reach $6M', kind: 'ratio',
    formula: '1 − $6M ÷ levered cost (0 when already at or under $6M)',
  },
  ceilingFlops: {
    chapter: 'arithmetic', label: 'compute one run can use before patience runs out', kind: 'flops',
    formula: "GPUs × the GPU's peak FLOP/s × efficiency × tolerance in seconds",
  },
  ceilingDenseParams: {
    chapter: 'arithmetic', label: 'largest single (dense) model', kind: 'count', unit: 'parameters',
    formula: '√(ceiling compute ÷ (6 × tokens per parameter))',
  },
  ceilingTotalParams: {
    chapter: 'arithmetic', label: 'largest model with all experts', kind: 'count', unit: 'parameters',
    formula: 'largest single model × experts',
  },
  extremeTotalParams: {
    chapter: 'arithmetic', label: 'largest model at the horizon', kind: 'count', unit: 'parameters',
    formula: 'largest model today × √(compute growth per year ^ horizon in years)',
  },
  impliedGrowthLow: {
    chapter: 'arithmetic', label: 'compute growth per year that reaches 20T by the horizon', kind: 'factor',
    formula: '(20T ÷ largest model today) ^ (2 ÷ horizon in years)',
  },
  impliedGrowthHigh: {
    chapter: 'arithmetic', label: 'compute growth per year that reaches 50T by the horizon', kind: 'factor',
    formula: '(50T ÷ largest model today) ^ (2 ÷ horizon in years)',
  },
  extremeAtEpochGrowth: {
    chapter: 'arithmetic', label: "largest model at the horizon if compute grows 4× a year (Epoch AI's low end)", kind: 'count', unit: 'parameters',
    formula: 'largest model today × √(4 ^ horizon in years)',
  },

  // Chapter rockets
  performanceBarUsd: {
    chapter: 'rockets', label: 'the performance bar GPT-4 sets', kind: 'usd',
    formula: "GPT-4's training cost × OpenAI's efficiency",
  },
  challengerLaunchCostUsd: {
    chapter: 'rockets', label: 'what one challenger launch costs', kind: 'usd',
    formula: "the performance bar ÷ the challenger's efficiency",
  },
  largestRoundUsd: {
    chapter: 'rockets', label: 'a very large Chinese round in dollars', kind: 'usd',
    formula: 'the round in yuan ÷ the exchange rate',
  },
  typicalRoundUsd: {
    chapter: 'rockets', label: 'a typical round in dollars', kind: 'usd',
    formula: 'the round in yuan ÷ the exchange rate',
  },
  launchesAffordable: {
    chapter: 'rockets', label: 'launches the largest round pays for', kind: 'factor',
    formula: 'the largest round in dollars ÷ the cost of one launch',
  },
  typicalLaunchesAffordable: {
    chapter: 'rockets', label: 'launches a typical round pays for', kind: 'factor',
    formula: 'a typical round in dollars ÷ the cost of one launch',
  },
  launchSuccessChance: {
    chapter: 'rockets', label: 'chance that one of the affordable launches succeeds', kind: 'ratio',
    formula: '1 − (chance a run fails) ^ (whole launches affordable); 0 when not one is affordable',
  },
  efficiencyForOneLaunch: {
    chapter: 'rockets', label: 'efficiency at which the largest round buys one launch', kind: 'ratio',
    formula: 'the performance bar ÷ the largest round in dollars',
  },
  roundForOneLaunchCny: {
    chapter: 'rockets', label: 'round that would buy one launch', kind: 'cny',
    formula: 'the cost of one launch × the exchange rate',
  },

  // Chapter customization
  apiMonthlyUsd: {
    chapter: 'customization', label: 'the frontier API per month', kind: 'usd',
    formula: 'tokens per month ÷ 1M × API price per 1M tokens',
  },
  customFixedUsd: {
    chapter: 'customization', label: 'fixed cost of a custom model', kind: 'usd',
    formula: "data + one attempt ÷ chance an attempt succeeds + team cost over the model's life",
  },
  customMonthlyUsd: {
    chapter: 'customization', label: 'a custom model per month', kind: 'usd',
    formula: "fixed cost ÷ the model's life in months + tokens per month ÷ 1M × serving cost per 1M tokens",
  },
  customToApiRatio: {
    chapter: 'customization', label: 'custom model against the API', kind: 'factor',
    formula: 'custom model per month ÷ API per month',
  },
  breakEvenMonthlyTokens: {
    chapter: 'customization', label: 'volume at which the custom model breaks even', kind: 'count', unit: 'tokens a month',
    formula: "(fixed cost ÷ life in months) ÷ ((API price − serving cost) per token)",
  },

  // Chapter multimodal
  paramHeadroom: {
    chapter: 'multimodal', label: 'room above GPT-4 under the ceiling', kind: 'factor',
    formula: "the arithmetic chapter's largest model with all experts ÷ GPT-4's total parameters",
  },
  visionParams: {
    chapter: 'multimodal', label: 'a native vision part', kind: 'count', unit: 'parameters',
    formula: 'an image model × the multiple',
  },
  visionShareOfGrowth: {
    chapter: 'multimodal', label: 'share of the room the vision part would take', kind: 'ratio',
    formula: "vision part ÷ (the ceiling − GPT-4's total parameters)",
  },

  // Chapter lifelines
  expectedLifelineMonths: {
    chapter: 'lifelines', label: 'expected lifeline', kind: 'months',
    formula: 'months between upgrades ÷ chance one upgrade swallows the product',
  },
  expectedProfitUsd: {
    chapter: 'lifelines', label: 'expected profit over the horizon', kind: 'usd', signed: true,
    formula: 'monthly profit × lifeline × (1 − e^(−horizon ÷ lifeline)) − cost to build',
  },
  paybackMonths: {
    chapter: 'lifelines', label: 'months to pay back the cost to build', kind: 'months',
    formula: 'cost to build ÷ monthly profit',
  },
  paybackChance: {
    chapter: 'lifelines', label: 'chance the product lives long enough to pay back', kind: 'ratio',
    formula: 'e^(−chance of being swallowed × payback months ÷ months between upgrades)',
  },

  // Chapter moats
  switchShare: {
    chapter: 'moats', label: 'share of users who switch to the leader', kind: 'ratio',
    formula: '1 ÷ (1 + e^(−(quality gap − median switching gap) ÷ spread))',
  },
  costDeclinePerYear: {
    chapter: 'moats', label: 'fall in the cost of a GPT-4-class run per year', kind: 'factor',
    formula: "√(the arithmetic chapter's five levers together), the essay's 'about two years'",
  },
  yearsUntilRoundAffords: {
    chapter: 'moats', label: 'years until the largest round pays for a GPT-4-class run', kind: 'years',
    formula: 'ln(training cost ÷ the largest round in dollars) ÷ ln(fall per year); 0 if it already does',
  },
  roundAffordsDate: {
    chapter: 'moats', label: 'when the largest round pays for a GPT-4-class run', kind: 'monthYear',
    formula: 'September 2023 + years until the largest round pays',
  },
  moatsAnswered: {
    chapter: 'moats', label: 'moats you have answered', kind: 'count',
    formula: 'your answers other than "no answer yet"',
  },
  moatsAgreed: {
    chapter: 'moats', label: 'moats where you agree with the essay', kind: 'count',
    formula: "your answers that match the essay's",
  },
} as const satisfies Record<string, OutputSpec>;

export type OutputId = keyof typeof OUTPUTS;
export const OUTPUT_IDS = Object.keys(OUTPUTS) as OutputId[];
export type Outputs = Readonly<Record<OutputId, OutputValue>>;

export function isOutputId(id: string): id is OutputId {
  return Object.hasOwn(OUTPUTS, id);
}

