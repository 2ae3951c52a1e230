/** The arithmetic chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, essay, isDefined, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { FACTS } from '../../facts';
import { formatCount, formatFactor, formatUsd } from '../../format';
import {
  bandOf,
  EPOCH_COMPUTE_GROWTH_LOW,
  ESSAY_BAND_HIGH_USD,
  ESSAY_BAND_LOW_USD,
  ESSAY_EXTREME_HIGH_PARAMS,
  ESSAY_EXTREME_LOW_PARAMS,
  type ArithmeticOutputs,
} from './compute';
import type { ArithmeticParams } from './inputs';

export const ARITHMETIC_OUTPUT_WORDS: { readonly [K in keyof ArithmeticOutputs]: OutputSpec } = {
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
  unpricedGain: {
    chapter: 'arithmetic', label: 'our guesses for the three levers the essay left without numbers', kind: 'factor',
    formula: 'price gain × parameter gain × kernel gain',
  },
  unpricedGainNeeded: {
    chapter: 'arithmetic', label: 'what those three levers would have to give to reach $6M', kind: 'factor',
    formula: 'training cost ÷ $6M ÷ (efficiency gain × GPU gain)',
  },
  linearCeilingDenseParams: {
    chapter: 'arithmetic', label: "largest single model on the essay's linear premise (our reconstruction)", kind: 'count', unit: 'parameters',
    formula: 'parameters per expert × (tolerance ÷ the essay’s two months) × efficiency gain',
  },
  linearCeilingTotalParams: {
    chapter: 'arithmetic', label: "largest model with all experts on the essay's linear premise", kind: 'count', unit: 'parameters',
    formula: 'largest single model on the linear premise × experts',
  },
  linearGrowthLow: {
    chapter: 'arithmetic', label: 'compute growth per year that reaches 20T by the horizon on the linear premise', kind: 'factor',
    formula: '(20T ÷ largest model on the linear premise) ^ (1 ÷ horizon in years)',
  },
  linearGrowthHigh: {
    chapter: 'arithmetic', label: 'compute growth per year that reaches 50T by the horizon on the linear premise', kind: 'factor',
    formula: '(50T ÷ largest model on the linear premise) ^ (1 ÷ horizon in years)',
  },
};

const leak: Origin = { kind: 'source', source: 'semianalysis-gpt4' };

export const ARITHMETIC_ORIGINS: { readonly [K in keyof ArithmeticParams]: Origin } = {
  activeParams: essay(undefined, 'semianalysis-gpt4'),
  expertParams: essay(undefined, 'semianalysis-gpt4'),
  expertCount: essay(undefined, 'semianalysis-gpt4'),
  trainingTokens: leak,
  gpu: essay('"NVIDIA A-series"', 'semianalysis-gpt4'),
  mfu: essay('the leak itself says 32–36%', 'semianalysis-gpt4'),
  gpuCount: leak,
  gpuHourUsd: leak,
  targetMfu: essay(),
  leverGpu: essay('"H-series"'),
  leverGpuHourUsd: { kind: 'source', source: 'semianalysis-gpt4', note: "the leak's H100 alternative at $2 an hour" },
  gpuPriceCut: assumption('the essay names this lever ("NVIDIA gives a discount") but gives no number'),
  paramEfficiencyGain: assumption('the essay cites LLaMA at 10× fewer parameters than GPT-3 but gives no number for this lever (its "3–4×" is room for the total to grow, not a saving)', 'llama-1'),
  kernelSpeedup: assumption('the essay names this lever without a number'),
  toleranceMonths: essay('"tolerance time"'),
  tokensPerParam: { kind: 'source', source: 'chinchilla', note: '70B parameters on 1.4T tokens' },
  computeGrowthPerYear: assumption("chosen inside the band the essay's 20–50T implies on our compute-optimal view; Epoch AI measured 4–5× a year", 'epoch-compute-growth'),
  horizonYears: essay(),
};

/** One step of the levers' waterfall, from the baseline cost to the levered cost. */
export interface LeverStep {
  readonly id: 'baseline' | 'mfu' | 'hardware' | 'price' | 'params' | 'kernels' | 'levered';
  readonly label: string;
  readonly gain: number;
  readonly from: number;
  readonly to: number;
}

function leverSteps(p: ArithmeticParams, o: ArithmeticOutputs): LeverStep[] | undefined {
  const { trainingCostUsd: base, mfuGain, hardwareGain, priceGain, leveredCostUsd } = o;
  if (!isDefined(base) || !isDefined(mfuGain) || !isDefined(hardwareGain) || !isDefined(priceGain) || !isDefined(leveredCostUsd)) return undefined;
  const levers: [LeverStep['id'], string, number][] = [
    ['mfu', 'Better efficiency', mfuGain],
    ['hardware', 'Newer GPU', hardwareGain],
    ['price', 'Cheaper GPU-hours', priceGain],
    ['params', 'Fewer parameters', p.paramEfficiencyGain],
    ['kernels', 'Better kernels', p.kernelSpeedup],
  ];
  const steps: LeverStep[] = [{ id: 'baseline', label: 'The inputs set here', gain: 1, from: 0, to: base }];
  let cost = base;
  for (const [id, label, gain] of levers) {
    const next = cost / gain;
    steps.push({ id, label, gain, from: cost, to: next });
    cost = next;
  }
  steps.push({ id: 'levered', label: 'With all levers', gain: 1, from: 0, to: cost });
  return steps;
}

/** Compute growth per year along the ceiling chart's x-axis. */
const GROWTH_GRID = [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6] as const;

/** The largest model after the horizon at a growth of compute per year. */
function extremeAt(p: ArithmeticParams, o: ArithmeticOutputs, growth: number): number | undefined {
  const ceiling = o.ceilingTotalParams;
  return isDefined(ceiling) ? ceiling * Math.sqrt(growth ** p.horizonYears) : undefined;
}

export interface GrowthPoint {
  readonly g: number;
  readonly v: number;
}

/** "1 year", "5 years". */
const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

const BAND_WORDS = { below: 'below', inside: 'inside', above: 'above' } as const;

type ArithmeticChart<R> = ChartWords<ArithmeticParams, ArithmeticOutputs, R>;

export const ARITHMETIC_CHARTS = {
  levers: {
    title: 'From the cost of the final run to the cost with every lever pulled',
    rows: leverSteps,
    takeaway(_p, _o, steps) {
      const first = steps?.[0];
      const last = steps?.at(-1);
      if (!first || !last) return 'The levers cannot be applied to these inputs.';
      return `Five levers take ${formatUsd(first.to)} down to ${formatUsd(last.to)}, ${BAND_WORDS[bandOf(last.to)]} the essay’s target.`;
    },
    describe(_p, _o, steps) {
      if (!steps) return 'The chart cannot be drawn for these inputs.';
      const first = steps[0];
      const last = steps.at(-1);
      if (!first || !last) return '';
      const levers = steps
        .slice(1, -1)
        .map((s) => `${s.label.charAt(0).toLowerCase()}${s.label.slice(1)} ÷${formatFactor(s.gain).replace('×', '')}`)
        .join(', ');
      return `On a log scale, where a bar’s length is the factor it divides by, the cost steps down from ${formatUsd(first.to)} with the inputs set here, through five levers (${levers}), to ${formatUsd(last.to)}, ${BAND_WORDS[bandOf(last.to)]} the essay’s ${formatUsd(ESSAY_BAND_LOW_USD)}–${formatUsd(ESSAY_BAND_HIGH_USD)} band. A line marks DeepSeek-V3’s reported ${formatUsd(FACTS.deepseekV3CostUsd.value)} (December 2024).`;
    },
    table: (_p, _o, steps) => ({
      columns: ['Step', 'Divides the cost by', 'Cost after the step'],
      rows: (steps ?? []).map((s) => [s.label, s.id === 'baseline' || s.id === 'levered' ? '—' : formatFactor(s.gain), formatUsd(s.to)]),
    }),
  } satisfies ArithmeticChart<LeverStep[] | undefined>,
  ceilingGrowth: {
    title: 'How big a model the compute-optimal ceiling (our view) allows, by growth of compute',
    rows: (p, o) => ({
      grid: GROWTH_GRID.map((g): GrowthPoint => ({ g, v: extremeAt(p, o, g) ?? Number.NaN })),
      mine: { g: p.computeGrowthPerYear, v: extremeAt(p, o, p.computeGrowthPerYear) ?? Number.NaN } as GrowthPoint,
    }),
    takeaway(p, o) {
      const mine = extremeAt(p, o, p.computeGrowthPerYear);
      if (mine === undefined) return 'The ceiling cannot be computed for these inputs.';
      const band = mine < ESSAY_EXTREME_LOW_PARAMS ? 'below' : mine > ESSAY_EXTREME_HIGH_PARAMS ? 'above' : 'inside';
      return `At ${formatFactor(p.computeGrowthPerYear)} a year the ceiling reaches ${formatCount(mine)} in ${p.horizonYears} years, ${band} the essay’s 20T–50T.`;
    },
    describe(p, o) {
      const mine = extremeAt(p, o, p.computeGrowthPerYear);
      const epoch = extremeAt(p, o, EPOCH_COMPUTE_GROWTH_LOW);
      if (mine === undefined || epoch === undefined) return 'The chart cannot be drawn for these inputs.';
      return `A rising line on log scales: the largest model on our compute-optimal view after ${years(p.horizonYears)} against the growth of usable compute per year. At your ${formatFactor(p.computeGrowthPerYear)} a year it reaches ${formatCount(mine)} parameters; a band marks the essay’s 20T–50T; at Epoch AI’s measured ${formatFactor(EPOCH_COMPUTE_GROWTH_LOW)} a year it would be ${formatCount(epoch)}.`;
    },
    table: (p, o) => ({
      columns: ['Compute growth per year', `Largest model after ${years(p.horizonYears)}`],
      rows: [...new Set([...GROWTH_GRID, p.computeGrowthPerYear])]
        .sort((a, b) => a - b)
        .map((g) => [formatFactor(g), formatCount(extremeAt(p, o, g) ?? Number.NaN)]),
    }),
  } satisfies ArithmeticChart<{ grid: GrowthPoint[]; mine: GrowthPoint }>,
};
