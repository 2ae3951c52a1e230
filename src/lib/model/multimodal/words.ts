/** The multimodal chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, type Origin, type OutputSpec } from '../kit';
import type { MultimodalOutputs } from './compute';
import type { MultimodalParams } from './inputs';

export const MULTIMODAL_OUTPUT_WORDS: { readonly [K in keyof MultimodalOutputs]: OutputSpec } = {
  paramHeadroom: {
    chapter: 'multimodal', label: 'the ceiling against the model’s size', kind: 'factor',
    formula: "the arithmetic chapter's largest model with all experts ÷ the total parameters of the model set up there (GPT-4 by default)",
  },
  visionParams: {
    chapter: 'multimodal', label: 'a native vision part', kind: 'count', unit: 'parameters',
    formula: 'an image model × the multiple',
  },
  visionShareOfGrowth: {
    chapter: 'multimodal', label: 'share of the room the vision part would take', kind: 'ratio',
    formula: "vision part ÷ (the ceiling − the model's total parameters)",
  },
};

export const MULTIMODAL_ORIGINS: { readonly [K in keyof MultimodalParams]: Origin } = {
  imageModelParams: { kind: 'source', source: 'sdxl', note: 'the SDXL base model, 3.5B parameters' },
  visionModuleMultiple: assumption('ten times an image model'),
};
