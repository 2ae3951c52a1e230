/**
 * Which outputs the tools offer on a page, and where the sensitivity tool
 * starts: decided at build time for each chapter, rendered as the menus'
 * options.
 */
import { DEFAULTS, OUTPUT_IDS, type OutputId } from '../model/numbers';
import { OUTPUTS } from '../model/words';
import type { ChapterId } from '../model/chapters';
import { sensitivity } from './sensitivity';

/** The outputs every page's tools offer first. */
export const MAIN_OUTPUTS: readonly OutputId[] = ['trainingCostUsd', 'leveredCostUsd', 'trainingDays', 'launchesAffordable', 'yearsUntilRoundAffords'];

const unique = (ids: readonly OutputId[]): OutputId[] => [...new Set(ids)];

/** A chapter's own outputs, in the model's order. */
export const chapterOutputs = (chapter: ChapterId): OutputId[] => OUTPUT_IDS.filter((id) => OUTPUTS[id].chapter === chapter);

/** Goal seek and sensitivity: the main outputs, then the chapter's own. */
export const toolOutputs = (chapter: ChapterId): OutputId[] => unique([...MAIN_OUTPUTS, ...chapterOutputs(chapter)]);

/** A citation can be of any output: the chapter's first. */
export const citeOutputs = (chapter: ChapterId): OutputId[] => unique([...chapterOutputs(chapter), ...MAIN_OUTPUTS, ...OUTPUT_IDS]);

/** Whether the tornado of an output at the essay's numbers tells its inputs apart (two bars or more, of different lengths). */
function discriminates(id: OutputId): boolean {
  const swings = sensitivity(DEFAULTS, id).map((b) => b.swing.toPrecision(4));
  return swings.length >= 2 && new Set(swings).size === swings.length;
}

/** The sensitivity tool starts on the chapter's headline figure, or else its first output whose inputs it can tell apart. */
export function sensitivityStart(chapter: ChapterId, headline?: string): OutputId {
  const candidates = unique([...OUTPUT_IDS.filter((id) => id === headline), ...chapterOutputs(chapter), ...MAIN_OUTPUTS]);
  return candidates.find(discriminates) ?? 'trainingCostUsd';
}
