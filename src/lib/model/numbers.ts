/**
 * The site-wide registries of numbers, assembled from the chapters: every
 * parameter (PARAMS, DEFAULTS), the one function that computes every output,
 * and the conclusions. The URL codec, validation, stores, tools and content
 * check iterate these. Only numbers: the words are in words.ts (kept out of
 * the page's first script).
 *
 * A new chapter adds one line to each of PARAMS, computeOutputs and
 * CONCLUSIONS below.
 */
import { type EnumParamSpec, type ParamSpec, type ValuesOf } from './kit';
import { HOME_INPUTS } from './home/inputs';
import { ROCKETS_INPUTS } from './rockets/inputs';
import { CUSTOMIZATION_INPUTS } from './customization/inputs';
import { ARITHMETIC_INPUTS } from './arithmetic/inputs';
import { MULTIMODAL_INPUTS } from './multimodal/inputs';
import { LIFELINES_INPUTS } from './lifelines/inputs';
import { MOATS_INPUTS } from './moats/inputs';
import { home, HOME_CONCLUSIONS, type HomeOutputs } from './home/compute';
import { rockets, ROCKETS_CONCLUSIONS, type RocketsOutputs } from './rockets/compute';
import { customization, CUSTOMIZATION_CONCLUSIONS, type CustomizationOutputs } from './customization/compute';
import { arithmetic, ARITHMETIC_CONCLUSIONS, type ArithmeticOutputs } from './arithmetic/compute';
import { multimodal, MULTIMODAL_CONCLUSIONS, type MultimodalOutputs } from './multimodal/compute';
import { lifelines, LIFELINES_CONCLUSIONS, type LifelinesOutputs } from './lifelines/compute';
import { moats, MOATS_CONCLUSIONS, type MoatsOutputs } from './moats/compute';

/** Every parameter of every chapter, in the order of the chapter list (chapters.ts). */
export const PARAMS = {
  ...HOME_INPUTS,
  ...ROCKETS_INPUTS,
  ...CUSTOMIZATION_INPUTS,
  ...ARITHMETIC_INPUTS,
  ...MULTIMODAL_INPUTS,
  ...LIFELINES_INPUTS,
  ...MOATS_INPUTS,
} as const satisfies Record<string, ParamSpec>;

export type ParamId = keyof typeof PARAMS;
export type EnumParamId = {
  [K in ParamId]: (typeof PARAMS)[K] extends EnumParamSpec ? K : never;
}[ParamId];
export type NumericParamId = Exclude<ParamId, EnumParamId>;

/** A whole scenario: a value for every parameter. */
export type Params = ValuesOf<typeof PARAMS>;

export const PARAM_IDS = Object.keys(PARAMS) as ParamId[];

export function isParamId(id: string): id is ParamId {
  return Object.hasOwn(PARAMS, id);
}

/** The essay's scenario: every parameter at its default. */
export const DEFAULTS: Readonly<Params> = Object.freeze(
  Object.fromEntries(PARAM_IDS.map((id) => [id, PARAMS[id].default])) as Params,
);

/** Every output of every chapter: each chapter's outputs are named once, as its compute function's return type. */
export type Outputs = Readonly<
  HomeOutputs & RocketsOutputs & CustomizationOutputs & ArithmeticOutputs & MultimodalOutputs & LifelinesOutputs & MoatsOutputs
>;
export type OutputId = keyof Outputs;

/** Every output for one scenario. Pure: the same scenario gives the same outputs. */
export function computeOutputs(p: Params): Outputs {
  const a = arithmetic(p);
  const r = rockets(p);
  return {
    ...home(p),
    ...r,
    ...customization(p),
    ...a,
    ...multimodal(p, a),
    ...lifelines(p),
    ...moats(p, a, r),
  };
}

export const OUTPUT_IDS = Object.keys(computeOutputs(DEFAULTS)) as OutputId[];

export function isOutputId(id: string): id is OutputId {
  return (OUTPUT_IDS as readonly string[]).includes(id);
}

export const CONCLUSIONS = {
  ...HOME_CONCLUSIONS,
  ...ROCKETS_CONCLUSIONS,
  ...CUSTOMIZATION_CONCLUSIONS,
  ...ARITHMETIC_CONCLUSIONS,
  ...MULTIMODAL_CONCLUSIONS,
  ...LIFELINES_CONCLUSIONS,
  ...MOATS_CONCLUSIONS,
};

export type ConclusionId = keyof typeof CONCLUSIONS;
/** The states a conclusion can be in (its own, and "undefined"). */
export type ConclusionState<K extends ConclusionId> = ReturnType<(typeof CONCLUSIONS)[K]['decide']>;
export type Conclusions = { readonly [K in ConclusionId]: ConclusionState<K> };
export const CONCLUSION_IDS = Object.keys(CONCLUSIONS) as ConclusionId[];

export function isConclusionId(id: string): id is ConclusionId {
  return Object.hasOwn(CONCLUSIONS, id);
}

export function decideConclusions(p: Params, o: Outputs): Conclusions {
  const result: Partial<Record<ConclusionId, string>> = {};
  for (const id of CONCLUSION_IDS) result[id] = CONCLUSIONS[id].decide(p, o);
  return result as Conclusions;
}

