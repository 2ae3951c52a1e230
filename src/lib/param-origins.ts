/**
 * Where each parameter's default came from: the essay, a dated source, or an
 * assumption (or the reader's own answer). Kept apart from the registry so
 * that the words stay out of the page's first script; components show them
 * at build time and the tools load them on demand.
 */
import type { Origin, ParamId } from './params';
import type { SourceId } from './sources';

const essay = (note?: string, via?: SourceId): Origin =>
  note === undefined ? (via ? { kind: 'essay', via } : { kind: 'essay' }) : via ? { kind: 'essay', via, note } : { kind: 'essay', note };
const leak: Origin = { kind: 'source', source: 'semianalysis-gpt4' };
const assumption = (note: string, source?: SourceId): Origin =>
  source ? { kind: 'assumption', note, source } : { kind: 'assumption', note };
const reader: Origin = { kind: 'reader', note: 'your own answer, kept in the link you share' };

export const PARAM_ORIGINS: Readonly<Record<ParamId, Origin>> = {
  guessAccuracy: essay('a blind guess on a yes/no question'),
  wrongStreak: essay(),
  challengerEfficiency: assumption('the same as OpenAI'),
  largestRoundCny: essay(),
  typicalRoundCny: essay('the essay gives 5M–20M RMB'),
  cnyPerUsd: assumption('about the rate in September 2023'),
  failureRate: assumption('a coin flip'),
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
  paramEfficiencyGain: assumption('the essay cites LLaMA at 10× fewer parameters than GPT-3 and "3–4× room", without a number for this lever', 'llama-1'),
  kernelSpeedup: assumption('the essay names this lever without a number'),
  toleranceMonths: essay('"tolerance time"'),
  tokensPerParam: { kind: 'source', source: 'chinchilla', note: '70B parameters on 1.4T tokens' },
  computeGrowthPerYear: assumption("chosen inside the band the essay's 20–50T implies; Epoch AI measured 4–5× a year", 'epoch-compute-growth'),
  horizonYears: essay(),
  monthlyTokens: assumption('a mid-sized product'),
  apiPricePerMTokUsd: assumption("blend of GPT-4 8K's 2023 list prices, $30 per 1M input and $60 per 1M output tokens"),
  customServingPerMTokUsd: assumption('self-hosted serving'),
  customTeamUsdPerYear: assumption('a small team'),
  customDataUsd: assumption('one data set'),
  fineTuneRunUsd: assumption('one attempt'),
  fineTuneSuccessChance: assumption('most attempts fall short'),
  customLifeMonths: assumption("the deep-coupling lifeline of the lifelines chapter"),
  imageModelParams: { kind: 'source', source: 'sdxl', note: 'the SDXL base model, 3.5B parameters' },
  visionModuleMultiple: assumption('ten times an image model'),
  upgradeIntervalMonths: assumption('the 2023 cadence'),
  subsumeChance: assumption('a thin wrapper'),
  buildCostUsd: assumption('a small product'),
  monthlyProfitUsd: assumption('a small product'),
  horizonMonths: assumption('two years'),
  qualityGapPct: essay('"+10% is no barrier"'),
  switchMedianPct: assumption('a guess'),
  switchSpreadPct: assumption('a guess'),
  gpt4CostUsd: essay(undefined, 'semianalysis-gpt4'),
  gpt4Efficiency: essay('"scaffolding efficiency"'),
  moatCompute: reader,
  moatUsers: reader,
  moatPerformance: reader,
  moatFineTuning: reader,
  moatData: reader,
  moatReputation: reader,
  moatEcosystem: reader,
};
