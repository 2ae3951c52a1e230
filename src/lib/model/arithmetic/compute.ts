/**
 * The arithmetic chapter: what GPT-4 cost to train by the leak's inputs, the
 * five levers that lower that cost, and the parameter ceiling a company's
 * patience sets. Pure functions of a scenario; see docs/MODEL.md.
 */
import { peakFlops } from '../../gpus';
import { finiteOr, isDefined, stateOf, yesNo, undefinedBecause, type ConclusionSpec, type OutputValue } from '../kit';
import type { ArithmeticParams } from './inputs';

/** Training FLOPs per parameter per token (Kaplan et al. 2020, C ≈ 6NT). */
export const FLOPS_PER_PARAM_PER_TOKEN = 6;
/** Average days in a month (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86400;

/** The essay's target band for a GPT-4-class run "within about two years". */
export const ESSAY_BAND_LOW_USD = 3e6;
export const ESSAY_BAND_HIGH_USD = 6e6;
/** The essay's "about two months" of training. */
export const ESSAY_TRAINING_DAYS = 2 * DAYS_PER_MONTH;
/** The essay's extreme limit within five years: 20–50 trillion parameters. */
export const ESSAY_EXTREME_LOW_PARAMS = 20e12;
export const ESSAY_EXTREME_HIGH_PARAMS = 50e12;
/** Epoch AI's measured growth of frontier training compute, low end of 4–5× a year. */
export const EPOCH_COMPUTE_GROWTH_LOW = 4;

export interface ArithmeticOutputs {
  totalParams: OutputValue;
  trainingFlops: OutputValue;
  gpuHours: OutputValue;
  trainingCostUsd: OutputValue;
  trainingDays: OutputValue;
  mfuForTwoMonths: OutputValue;
  gpusForTwoMonths: OutputValue;
  mfuGain: OutputValue;
  hardwareGain: OutputValue;
  priceGain: OutputValue;
  combinedGain: OutputValue;
  leveredCostUsd: OutputValue;
  bandGapFactor: OutputValue;
  priceCutToReachBand: OutputValue;
  ceilingFlops: OutputValue;
  ceilingDenseParams: OutputValue;
  ceilingTotalParams: OutputValue;
  extremeTotalParams: OutputValue;
  impliedGrowthLow: OutputValue;
  impliedGrowthHigh: OutputValue;
  extremeAtEpochGrowth: OutputValue;
}

const NEED_POSITIVE = 'the efficiency, GPU count and prices must all be above zero';

/** Every output of the arithmetic chapter for one scenario. */
export function arithmetic(p: ArithmeticParams): ArithmeticOutputs {
  const peak = peakFlops(p.gpu);
  const totalParams = p.expertParams * p.expertCount;
  const trainingFlops = FLOPS_PER_PARAM_PER_TOKEN * p.activeParams * p.trainingTokens;
  const gpuHours = trainingFlops / (peak * p.mfu * SECONDS_PER_HOUR);
  const trainingCostUsd = gpuHours * p.gpuHourUsd;
  const trainingDays = gpuHours / p.gpuCount / 24;

  const mfuGain = p.targetMfu / p.mfu;
  const hardwareGain = peakFlops(p.leverGpu) / peak / (p.leverGpuHourUsd / p.gpuHourUsd);
  const priceGain = 1 / (1 - p.gpuPriceCut);
  const combinedGain = mfuGain * hardwareGain * priceGain * p.paramEfficiencyGain * p.kernelSpeedup;
  const leveredCostUsd = trainingCostUsd / combinedGain;

  const ceilingFlops =
    p.gpuCount * peak * p.mfu * p.toleranceMonths * DAYS_PER_MONTH * SECONDS_PER_DAY;
  const ceilingDenseParams = Math.sqrt(ceilingFlops / (FLOPS_PER_PARAM_PER_TOKEN * p.tokensPerParam));
  const ceilingTotalParams = ceilingDenseParams * p.expertCount;
  const extremeTotalParams = ceilingTotalParams * Math.sqrt(p.computeGrowthPerYear ** p.horizonYears);

  // Growth per year at which the ceiling reaches the essay's 20T and 50T by the horizon:
  // ceilingTotal × g^(h/2) = target  ⇒  g = (target / ceilingTotal)^(2/h).
  const growthFor = (target: number) => (target / ceilingTotalParams) ** (2 / p.horizonYears);

  const mfuForTwoMonths = (p.mfu * trainingDays) / ESSAY_TRAINING_DAYS;

  return {
    totalParams: finiteOr(totalParams, 'the expert size and count must be finite'),
    trainingFlops: finiteOr(trainingFlops, 'the parameters and tokens must be finite'),
    gpuHours: finiteOr(gpuHours, NEED_POSITIVE),
    trainingCostUsd: finiteOr(trainingCostUsd, NEED_POSITIVE),
    trainingDays: finiteOr(trainingDays, NEED_POSITIVE),
    mfuForTwoMonths:
      mfuForTwoMonths > 1
        ? undefinedBecause('no efficiency could do it: even at 100% this cluster needs more than two months')
        : finiteOr(mfuForTwoMonths, NEED_POSITIVE),
    gpusForTwoMonths: finiteOr(Math.ceil(gpuHours / (ESSAY_TRAINING_DAYS * 24)), NEED_POSITIVE),
    mfuGain: finiteOr(mfuGain, NEED_POSITIVE),
    hardwareGain: finiteOr(hardwareGain, NEED_POSITIVE),
    priceGain: finiteOr(priceGain, 'a price cut of 100% would make compute free'),
    combinedGain: finiteOr(combinedGain, NEED_POSITIVE),
    leveredCostUsd: finiteOr(leveredCostUsd, NEED_POSITIVE),
    bandGapFactor: finiteOr(
      leveredCostUsd > ESSAY_BAND_HIGH_USD
        ? leveredCostUsd / ESSAY_BAND_HIGH_USD
        : leveredCostUsd < ESSAY_BAND_LOW_USD
          ? ESSAY_BAND_LOW_USD / leveredCostUsd
          : 1,
      NEED_POSITIVE,
    ),
    priceCutToReachBand: finiteOr(Math.max(0, 1 - ESSAY_BAND_HIGH_USD / leveredCostUsd), NEED_POSITIVE),
    ceilingFlops: finiteOr(ceilingFlops, NEED_POSITIVE),
    ceilingDenseParams: finiteOr(ceilingDenseParams, NEED_POSITIVE),
    ceilingTotalParams: finiteOr(ceilingTotalParams, NEED_POSITIVE),
    extremeTotalParams: finiteOr(extremeTotalParams, 'compute growth and horizon must be finite'),
    impliedGrowthLow: finiteOr(growthFor(ESSAY_EXTREME_LOW_PARAMS), NEED_POSITIVE),
    impliedGrowthHigh: finiteOr(growthFor(ESSAY_EXTREME_HIGH_PARAMS), NEED_POSITIVE),
    extremeAtEpochGrowth: finiteOr(
      ceilingTotalParams * Math.sqrt(EPOCH_COMPUTE_GROWTH_LOW ** p.horizonYears),
      NEED_POSITIVE,
    ),
  };
}

/** Which side of the essay's $3M–$6M band a levered cost falls. */
export type Band = 'below' | 'inside' | 'above';
export function bandOf(costUsd: number): Band {
  if (costUsd < ESSAY_BAND_LOW_USD) return 'below';
  return costUsd > ESSAY_BAND_HIGH_USD ? 'above' : 'inside';
}

/** The essay said "about two months"; how do the inputs compare (within ±25%)? */
export type DurationComparison = 'shorter' | 'about' | 'longer';
export function durationVsEssay(trainingDays: number): DurationComparison {
  if (trainingDays < ESSAY_TRAINING_DAYS * 0.75) return 'shorter';
  return trainingDays > ESSAY_TRAINING_DAYS * 1.25 ? 'longer' : 'about';
}

type ArithmeticConclusion<S extends string> = ConclusionSpec<S, ArithmeticParams, ArithmeticOutputs>;

export const ARITHMETIC_CONCLUSIONS = {
  /** Where the levered cost falls against the essay's $3M–$6M. */
  leveredCostBand: {
    chapter: 'arithmetic',
    states: ['below', 'inside', 'above'],
    decide: (_p, o) => stateOf(o.leveredCostUsd, bandOf),
  } satisfies ArithmeticConclusion<Band>,
  /** The training time against the essay's "about two months". */
  durationVsEssay: {
    chapter: 'arithmetic',
    states: ['shorter', 'about', 'longer'],
    decide: (_p, o) => stateOf(o.trainingDays, durationVsEssay),
  } satisfies ArithmeticConclusion<DurationComparison>,
  /** Whether any efficiency finishes the run in two months on this cluster. */
  twoMonthsReachable: {
    chapter: 'arithmetic',
    states: ['true', 'false'],
    decide: (_p, o) => yesNo(isDefined(o.mfuForTwoMonths)),
  } satisfies ArithmeticConclusion<'true' | 'false'>,
};
