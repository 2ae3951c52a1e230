/**
 * The moats chapter's parameters: the switching curve's, and the reader's own
 * answers to the essay's seven candidate moats.
 */
import type { EnumParamSpec, ParamSpec, ValuesOf } from '../kit';

/** The seven candidate moats of the essay, in its order. */
export const MOATS = ['compute', 'users', 'performance', 'fineTuning', 'data', 'reputation', 'ecosystem'] as const;
export type Moat = (typeof MOATS)[number];
export const MOAT_ANSWERS = ['unanswered', 'yes', 'partly', 'no', 'unsure'] as const;
export type MoatAnswer = (typeof MOAT_ANSWERS)[number];
const MOAT_ANSWER_LABELS: Readonly<Record<MoatAnswer, string>> = {
  unanswered: 'no answer yet',
  yes: 'yes',
  partly: 'partly',
  no: 'no',
  unsure: 'not sure',
};
export const MOAT_LABELS: Readonly<Record<Moat, string>> = {
  compute: 'compute',
  users: 'users',
  performance: 'performance',
  fineTuning: 'fine-tuning',
  data: 'data',
  reputation: 'reputation',
  ecosystem: 'ecosystem',
};
export type MoatParamId = `moat${Capitalize<Moat>}`;
export const moatParamId = (m: Moat): MoatParamId => `moat${m.charAt(0).toUpperCase()}${m.slice(1)}` as MoatParamId;

function moatAnswers(): Record<MoatParamId, EnumParamSpec<MoatAnswer>> {
  return Object.fromEntries(
    MOATS.map((m) => [
      moatParamId(m),
      {
        chapter: 'moats',
        label: `your answer: is ${MOAT_LABELS[m]} a moat?`,
        kind: 'enum',
        options: MOAT_ANSWERS,
        optionLabels: MOAT_ANSWER_LABELS,
        default: 'unanswered',
      },
    ]),
  ) as unknown as Record<MoatParamId, EnumParamSpec<MoatAnswer>>;
}

export const MOATS_INPUTS = {
  qualityGapPct: {
    chapter: 'moats', label: 'how much better the leader is', kind: 'percentPoints',
    default: 10, min: 0, max: 200, step: 1, scale: 'linear',
  },
  switchMedianPct: {
    chapter: 'moats', label: 'gap at which half of users switch', kind: 'percentPoints',
    default: 30, min: 1, max: 200, step: 1, scale: 'linear',
  },
  switchSpreadPct: {
    chapter: 'moats', label: "spread of users' switching thresholds", kind: 'percentPoints',
    default: 10, min: 1, max: 100, step: 1, scale: 'linear',
  },

  // The reader's own answers to the essay's seven candidate moats.
  ...moatAnswers(),
} as const satisfies Record<string, ParamSpec>;

export type MoatsParams = ValuesOf<typeof MOATS_INPUTS>;
