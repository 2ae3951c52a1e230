/**
 * Scenario presets: each sets several parameters at once. Values from the
 * project's fact ledger (docs/MODEL.md, "Scenario presets"). Their names
 * are in ui/en/essay.ts; their descriptions and sources (build time only) are
 * in preset-chapters.ts.
 */
import type { Params } from './model/numbers';
import { PRESET_DEEPSEEK_V3, PRESET_ESSAY, PRESET_LLAMA_405B } from './ui/en/essay';

export interface Preset {
  readonly label: string;
  readonly values: Partial<Params>;
}

export const PRESETS = {
  essay: {
    label: PRESET_ESSAY,
    values: {},
  },
  'deepseek-v3': {
    label: PRESET_DEEPSEEK_V3,
    values: {
      activeParams: 37e9,
      expertCount: 256,
      expertParams: 671e9 / 256,
      trainingTokens: 14.8e12,
      gpu: 'h800',
      mfu: 0.35,
      gpuHourUsd: 2,
      gpuCount: 2048,
    },
  },
  'llama-3.1-405b': {
    label: PRESET_LLAMA_405B,
    values: {
      activeParams: 405e9,
      expertCount: 1,
      expertParams: 405e9,
      trainingTokens: 15.6e12,
      gpu: 'h100',
      mfu: 0.4,
      gpuCount: 16384,
      gpuHourUsd: 2,
    },
  },
} as const satisfies Record<string, Preset>;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
