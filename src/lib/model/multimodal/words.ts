/** The multimodal chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, orNaN, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { FACTS } from '../../facts';
import { formatCount, formatFactor } from '../../format';
import type { ArithmeticOutputs } from '../arithmetic/compute';
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
  imageModelParams: { kind: 'source', source: 'sdxl-announcement', note: 'the SDXL base model, 3.5B parameters, as Stability AI announced it' },
  visionModuleMultiple: assumption('ten times an image model'),
};

/** The sizes on the multimodal chapter's log-scale chart, live ones from the scenario. */
function sizeRows(o: Pick<ArithmeticOutputs, 'totalParams' | 'ceilingTotalParams'> & MultimodalOutputs) {
  return [
    { label: 'Stable Diffusion 1.x', params: FACTS.sd1Params.value, live: false, image: true },
    { label: 'SDXL base', params: FACTS.sdxlBaseParams.value, live: false, image: true },
    { label: 'SDXL with refiner', params: FACTS.sdxlEnsembleParams.value, live: false, image: true },
    { label: 'GPT-3', params: FACTS.gpt3Params.value, live: false, image: false },
    { label: 'Your model (GPT-4 by default)', params: orNaN(o.totalParams), live: true, image: false },
    { label: 'Native vision part', params: orNaN(o.visionParams), live: true, image: false },
    { label: 'The ceiling', params: orNaN(o.ceilingTotalParams), live: true, image: false },
  ];
}

export const MULTIMODAL_CHARTS = {
  modelSizes: {
    title: 'Model sizes, from image models to the ceiling',
    rows: (_p, o) => sizeRows(o),
    takeaway(_p, o, rows) {
      const image = Math.max(...rows.filter((r) => r.image).map((r) => r.params));
      return `The language model here is ${formatFactor(orNaN(o.totalParams) / image)} the size of the largest image model.`;
    },
    describe: (_p, _o, rows) =>
      `Dots on a log scale: ${rows.map((r) => `${r.label} ${formatCount(r.params)}`).join(', ')}. Image models are one to three orders of magnitude smaller than language models.`,
    table: (_p, _o, rows) => ({
      columns: ['Model', 'Parameters'],
      rows: rows.map((r) => [r.label, formatCount(r.params)]),
    }),
  } satisfies ChartWords<MultimodalParams, ArithmeticOutputs & MultimodalOutputs, ReturnType<typeof sizeRows>>,
};
