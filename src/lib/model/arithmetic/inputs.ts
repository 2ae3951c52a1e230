/** The arithmetic chapter's parameters: label, kind, default, range and scale. */
import type { ParamSpec, ValuesOf } from '../kit';
import { GPU_KEYS, GPU_LABELS } from '../../gpus';

export const ARITHMETIC_INPUTS = {
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
} as const satisfies Record<string, ParamSpec>;

export type ArithmeticParams = ValuesOf<typeof ARITHMETIC_INPUTS>;
