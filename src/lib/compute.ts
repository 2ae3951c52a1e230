/**
 * Computing every output for a scenario. Kept apart from the outputs' labels
 * and formulas (outputs.ts) so that the page's first script carries only the
 * arithmetic, not the words.
 */
import type { Params } from './params';
import type { Outputs } from './outputs';
import { arithmetic } from './model/arithmetic';
import { streakChance } from './model/home';
import { rockets } from './model/rockets';
import { customization } from './model/customization';
import { multimodal } from './model/multimodal';
import { lifelines } from './model/lifelines';
import { moats } from './model/moats';

/** Every output for one scenario. Pure: the same scenario gives the same outputs. */
export function computeOutputs(p: Params): Outputs {
  const a = arithmetic(p);
  const r = rockets(p);
  return {
    streakChance: streakChance(p),
    ...a,
    ...r,
    ...customization(p),
    ...multimodal(p, a),
    ...lifelines(p),
    ...moats(p, a, r),
  };
}
