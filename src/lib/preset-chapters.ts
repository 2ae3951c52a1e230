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
import { PRESET_DESCRIPTIONS } from './ui/en/pages';

/** What each preset is (the words: ui/en/pages.ts) and where its values come from, shown on its button (kept out of the page's script). */
export const PRESET_NOTES: Readonly<Record<PresetId, { readonly description: string; readonly source: SourceId }>> = {
  essay: {
    description: PRESET_DESCRIPTIONS.essay,
    source: 'original-essay',
  },
  'deepseek-v3': {
    description: PRESET_DESCRIPTIONS['deepseek-v3'],
    source: 'deepseek-v3',
  },
  'llama-3.1-405b': {
    description: PRESET_DESCRIPTIONS['llama-3.1-405b'],
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
