/**
 * The glossary: the jargon a general reader meets in the chapters, each in
 * plain English. A chapter links the first use of a word with
 * `<Term id="mfu">training efficiency</Term>`; an unknown id fails the build
 * (src/lib/content-check.ts). The page is /glossary/.
 */
export interface GlossaryEntry {
  /** The word as the glossary lists it. */
  readonly term: string;
  /** The Chinese word the essay uses, when it uses one. */
  readonly zh?: string;
  /** A short definition in plain English, with no figures. */
  readonly definition: string;
}

export const GLOSSARY = {
  alchemy: {
    term: 'alchemy (炼丹)',
    zh: '炼丹',
    definition:
      'Literally “refining the elixir of immortality”: Chinese engineers’ slang for training large models. You mix the ingredients (data, settings, compute), wait, and hope, without being able to say in advance whether the run will come out well or why it did not.',
  },
  api: {
    term: 'API',
    definition:
      'Application programming interface: here, the paid service through which other software sends text to a model that someone else runs and gets its answers back, usually billed per token.',
  },
  dense: {
    term: 'dense model',
    definition: 'A model that uses all of its parameters for every token, as opposed to a mixture of experts.',
  },
  'fine-tuning': {
    term: 'fine-tuning',
    zh: '微调',
    definition:
      'Further training of a model that has already been pre-trained, on a much smaller set of chosen examples, to adapt it to a task, a field or a style. It costs a tiny fraction of pre-training.',
  },
  flops: {
    term: 'FLOPs',
    definition:
      'Floating-point operations: the single multiplications and additions a computer performs. The compute a training run needs is counted in FLOPs; a chip’s speed in FLOPs per second.',
  },
  'gpu-hour': {
    term: 'GPU-hour',
    definition:
      'One graphics processor (GPU) working for one hour. Cloud providers rent compute by the GPU-hour, so a training bill is the number of GPU-hours times their price.',
  },
  inference: {
    term: 'inference',
    definition: 'Running a trained model to answer requests, as opposed to training it. Every answer costs compute.',
  },
  mfu: {
    term: 'training efficiency (MFU)',
    definition:
      'Model FLOPs utilisation: the share of the chips’ advertised peak arithmetic that a training run actually turns into useful work on the model. The rest is lost to waiting for memory and the network, to restarts after failures and to overheads.',
  },
  moe: {
    term: 'mixture of experts (MoE)',
    definition:
      'A model built from several sub-networks, the “experts”, of which only a few are used for each token. It can hold many more parameters than it uses at any one step, so it is cheaper to train and run than a dense model of the same size.',
  },
  multimodal: {
    term: 'multimodal',
    zh: '多模态',
    definition: 'Able to take in or produce more than text: images, sound or video as well.',
  },
  parameters: {
    term: 'parameters',
    zh: '参数',
    definition:
      'The numbers inside a model that training adjusts. A model’s size is counted in parameters, and the compute needed to train it grows with them.',
  },
  'pre-training': {
    term: 'pre-training',
    zh: '预训练',
    definition:
      'The first and by far the most expensive phase of building a language model: it learns from a very large body of text by predicting, over and over, the next token.',
  },
  'scaling-laws': {
    term: 'scaling laws',
    definition:
      'Observed regularities that link a model’s quality to its size, its training data and the compute spent on it. “Compute-optimal” training, the best-known rule (from DeepMind’s Chinchilla paper), chooses the size and the amount of data that give the best model for a given compute budget.',
  },
  'test-time-compute': {
    term: 'test-time compute',
    definition:
      'Compute spent while the model answers, for example by letting it reason step by step at length before it replies, rather than during training.',
  },
  tokens: {
    term: 'tokens',
    zh: 'token',
    definition:
      'The pieces of text a model reads and writes: a short word, or part of a longer one. Training data, context length and API prices are all counted in tokens.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;
export const TERM_IDS = Object.keys(GLOSSARY).sort() as TermId[];

export function isTermId(id: string): id is TermId {
  return Object.hasOwn(GLOSSARY, id);
}
