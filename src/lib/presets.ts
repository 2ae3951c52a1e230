/**
 * Scenario presets: each sets several parameters at once. Values from the
 * project's fact ledger (docs/MODEL.md, "Scenario presets").
 */
import type { Params } from './model/numbers';
import type { SourceId } from './sources';

export interface Preset {
  readonly label: string;
  readonly description: string;
  readonly source?: SourceId;
  readonly values: Partial<Params>;
}

export const PRESETS = {
  essay: {
    label: 'The essay (2023)',
    description: "The essay's own numbers, from the GPT-4 leak.",
    source: 'original-essay',
    values: {},
  },
  'deepseek-v3': {
    label: 'DeepSeek-V3 (2024)',
    description:
      '37B active of 671B parameters (256 experts), 14.8T tokens, 2,048 H800s at $2 an hour; efficiency about 35%, derived from its reported 2.664M GPU-hours.',
    source: 'deepseek-v3',
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
    label: 'Llama 3.1 405B (2024)',
    description: 'A dense 405B model on 15.6T tokens, 16,384 H100s at about 40% efficiency, at an assumed $2 a GPU-hour (Meta gives no price).',
    source: 'llama-3.1',
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
