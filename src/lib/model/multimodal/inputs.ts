/** The multimodal chapter's parameters: label, kind, default, range and scale. */
import type { ParamSpec, ValuesOf } from '../kit';

export const MULTIMODAL_INPUTS = {
  imageModelParams: {
    chapter: 'multimodal', label: 'an image-generation model', kind: 'count', unit: 'parameters',
    default: 3.5e9, min: 1e8, max: 1e12, step: 1e7, scale: 'log',
  },
  visionModuleMultiple: {
    chapter: 'multimodal', label: 'a native vision part, in multiples of that model', kind: 'factor',
    default: 10, min: 1, max: 1000, step: 1, scale: 'log',
  },
} as const satisfies Record<string, ParamSpec>;

export type MultimodalParams = ValuesOf<typeof MULTIMODAL_INPUTS>;
