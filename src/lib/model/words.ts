/**
 * The site-wide registries of words, assembled from the chapters: what each
 * output means (OUTPUTS) and where each parameter's default came from
 * (PARAM_ORIGINS). Build-time components and lazy chunks read them; the
 * page's first script never does. Each chapter's words are typed against its
 * outputs and inputs, so a missing or extra word is a type error.
 *
 * A new chapter adds one line to each registry below.
 */
import type { Origin, OutputSpec } from './kit';
import type { OutputId, ParamId } from './numbers';
import { HOME_ORIGINS, HOME_OUTPUT_WORDS } from './home/words';
import { ROCKETS_ORIGINS, ROCKETS_OUTPUT_WORDS } from './rockets/words';
import { CUSTOMIZATION_ORIGINS, CUSTOMIZATION_OUTPUT_WORDS } from './customization/words';
import { ARITHMETIC_ORIGINS, ARITHMETIC_OUTPUT_WORDS } from './arithmetic/words';
import { MULTIMODAL_ORIGINS, MULTIMODAL_OUTPUT_WORDS } from './multimodal/words';
import { LIFELINES_ORIGINS, LIFELINES_OUTPUT_WORDS } from './lifelines/words';
import { MOATS_ORIGINS, MOATS_OUTPUT_WORDS } from './moats/words';

export type { OutputSpec };

export const OUTPUTS: { readonly [K in OutputId]: OutputSpec } = {
  ...HOME_OUTPUT_WORDS,
  ...ROCKETS_OUTPUT_WORDS,
  ...CUSTOMIZATION_OUTPUT_WORDS,
  ...ARITHMETIC_OUTPUT_WORDS,
  ...MULTIMODAL_OUTPUT_WORDS,
  ...LIFELINES_OUTPUT_WORDS,
  ...MOATS_OUTPUT_WORDS,
};

export const PARAM_ORIGINS: { readonly [K in ParamId]: Origin } = {
  ...HOME_ORIGINS,
  ...ROCKETS_ORIGINS,
  ...CUSTOMIZATION_ORIGINS,
  ...ARITHMETIC_ORIGINS,
  ...MULTIMODAL_ORIGINS,
  ...LIFELINES_ORIGINS,
  ...MOATS_ORIGINS,
};
