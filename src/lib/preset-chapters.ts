/**
 * Which chapters a preset changes: those with an output that differs from the
 * essay's under the preset. Used at build time, so that a page offers only the
 * presets that change something on it; and what each preset is.
 */
import type { ChapterId } from './model/chapters';
import { DEFAULTS, OUTPUT_IDS, computeOutputs } from './model/numbers';
import { OUTPUTS } from './model/words';
import { PRESETS, PRESET_IDS, type PresetId } from './presets';
import type { SourceId } from './sources';

/** What each preset is and where its values come from, shown on its button (kept out of the page's script). */
export const PRESET_NOTES: Readonly<Record<PresetId, { readonly description: string; readonly source: SourceId }>> = {
  essay: {
    description:
      "The essay's own numbers, from the GPT-4 leak.",
    source: 'original-essay',
  },
  'deepseek-v3': {
    description:
      '37B active of 671B parameters (256 experts), 14.8T tokens, 2,048 H800s at $2 an hour; efficiency about 35%, derived from its reported 2.664M GPU-hours.',
    source: 'deepseek-v3',
  },
  'llama-3.1-405b': {
    description:
      'A dense 405B model on 15.6T tokens, 16,384 H100s at about 40% efficiency, at an assumed $2 a GPU-hour (Meta gives no price). The model counts about 26.6M GPU-hours; Meta’s model card reports 30.84M, because the model counts only a steady main run, while the real one also lost time to restarts and included long-context training.',
    source: 'llama-3.1',
  },
};

export function presetChapters(id: PresetId): ChapterId[] {
  const essay = computeOutputs(DEFAULTS);
  const preset = computeOutputs({ ...DEFAULTS, ...PRESETS[id].values });
  const changed = OUTPUT_IDS.filter((o) => JSON.stringify(essay[o]) !== JSON.stringify(preset[o]));
  return [...new Set(changed.map((o) => OUTPUTS[o].chapter))];
}

/**
 * The presets worth offering on a chapter's page: those that change something
 * in it. (The essay's own numbers are the bar's "back to the essay" button.)
 */
export function presetsFor(chapter: ChapterId | undefined): PresetId[] {
  if (chapter === undefined) return [];
  return PRESET_IDS.filter((id) => Object.keys(PRESETS[id].values).length > 0 && presetChapters(id).includes(chapter));
}
