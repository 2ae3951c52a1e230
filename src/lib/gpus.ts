/**
 * The GPU table of the model (docs/MODEL.md, "GPUs"). Peak figures are dense
 * (without 2:4 sparsity), in FLOP/s. Sources: glennklockwood.com's pages that
 * cite NVIDIA's datasheets; the H800 is the H100 die with a cut interconnect.
 */
export const GPU_KEYS = ['a100', 'h100', 'h800', 'b200'] as const;
export type GpuKey = (typeof GPU_KEYS)[number];

export interface Gpu {
  readonly key: GpuKey;
  readonly name: string;
  /** Dense BF16 tensor peak, FLOP/s. */
  readonly bf16PeakFlops: number;
  /** Dense FP8 tensor peak, FLOP/s; undefined where the GPU has no FP8. */
  readonly fp8PeakFlops?: number;
  readonly note: string;
  readonly source: 'a100-spec' | 'h100-spec' | 'h800-news' | 'b200-spec';
}

export const GPUS: Readonly<Record<GpuKey, Gpu>> = {
  a100: {
    key: 'a100',
    name: 'NVIDIA A100 SXM',
    bf16PeakFlops: 312e12,
    note: 'no FP8',
    source: 'a100-spec',
  },
  h100: {
    key: 'h100',
    name: 'NVIDIA H100 SXM',
    bf16PeakFlops: 989e12,
    fp8PeakFlops: 1979e12,
    note: 'FP8 dense 1,979 TFLOP/s',
    source: 'h100-spec',
  },
  h800: {
    key: 'h800',
    name: 'NVIDIA H800 SXM',
    bf16PeakFlops: 989e12,
    fp8PeakFlops: 1979e12,
    note: 'H100 die with a cut interconnect (export part for China); its FLOP figures are inferred from the H100’s, as the source gives only the interconnect cut',
    source: 'h800-news',
  },
  b200: {
    key: 'b200',
    name: 'NVIDIA B200 (HGX)',
    bf16PeakFlops: 2250e12,
    fp8PeakFlops: 4500e12,
    note: 'FP8 dense 4,500 TFLOP/s',
    source: 'b200-spec',
  },
};

/** Names for menus. */
export const GPU_LABELS: Readonly<Record<GpuKey, string>> = Object.fromEntries(
  GPU_KEYS.map((k) => [k, GPUS[k].name]),
) as Record<GpuKey, string>;

export function isGpuKey(value: string): value is GpuKey {
  return (GPU_KEYS as readonly string[]).includes(value);
}

export function peakFlops(key: GpuKey): number {
  return GPUS[key].bf16PeakFlops;
}
