/**
 * Interface words that the build writes into the pages (the header, the chapter menu, the
 * scenario bar and its presets, the chapter's frame, the printed card, the notes on numbers and
 * charts). Only Astro components and the modules they alone use (lib/preset-chapters.ts) import
 * this file, so none of it is shipped as JavaScript; the words that
 * scripts change later come from essay.ts, print.ts and scorecard.ts beside it, and a component
 * whose first text a script replaces takes that text from the script's file, so the two agree.
 */
import type { PresetId } from '../../presets';

/** The header: skip link, chapter menu and theme button (layouts/Base.astro). */
export const HEADER = {
  skip: 'Skip to the text',
  menuChapter: 'Chapter ',
  menuOf: (n: number, total: number): string => `${n} of ${total}`,
  menuScorecard: 'Scorecard',
  menuChapters: 'Chapters',
  menuHidden: ': the chapters',
  menuLabel: 'Chapter menu',
  scorecard: 'Hindsight: the predictions, scored',
  theme: 'Theme: ',
};

/** What each preset is, the title of its button in the scenario bar (lib/preset-chapters.ts); their names are in essay.ts. */
export const PRESET_DESCRIPTIONS: Readonly<Record<PresetId, string>> = {
  essay: "The essay's own numbers, from the GPT-4 leak.",
  'deepseek-v3':
    '37B active of 671B parameters (256 experts), 14.8T tokens, 2,048 H800s at $2 an hour; efficiency about 35%, derived from its reported 2.664M GPU-hours.',
  'llama-3.1-405b':
    'A dense 405B model on 15.6T tokens, 16,384 H100s at about 40% efficiency, at an assumed $2 a GPU-hour (Meta gives no price). The model counts about 26.6M GPU-hours; Meta’s model card reports 30.84M, because the model counts only a steady main run, while the real one also lost time to restarts and included long-context training.',
};

/** The scenario bar (components/ScenarioBar.astro); its live words are in essay.ts. */
export const BAR = {
  noScript: 'This page shows the essay’s own numbers: changing them needs JavaScript.',
  group: 'Scenario',
  toggle: 'Scenario: ',
  copyLink: 'Copy link',
  startFrom: 'Start from',
  backToEssay: 'Back to the essay’s numbers',
  backToVerdicts: 'Back to the site’s verdicts',
  tools: 'Your tools: assumptions, goal seek, sensitivity, save and cite',
  dismiss: 'Dismiss',
};

/** A chapter's frame around its prose (layouts/Chapter.astro). */
export const CHAPTER = {
  kicker: (n: number, total: number, sections: readonly string[]): string =>
    `Chapter ${n} of ${total} · after the essay’s ${sections.length === 1 ? 'section' : 'sections'} ${sections.join('; ')}`,
  contents: 'In this chapter',
  tools: 'Your tools',
  next: (n: number, total: number): string => `Next: chapter ${n} of ${total}`,
  nextScorecard: 'Next: the scorecard',
  scorecardLink: 'Hindsight: the essay’s predictions, scored →',
  scorecardDesc: 'Fourteen of the essay’s calls checked against what happened by 2026.',
  sources: 'Sources',
  navLabel: 'Previous and next chapter',
};

/** The links at the foot of a page (layouts/Chapter.astro, the glossary and the scorecard) and the home page's contents. */
export const NAV = {
  label: 'Chapters',
  contents: 'Contents',
  backToContents: '← Contents',
  toScorecard: 'Hindsight: the predictions, scored →',
  coming: ' (coming)',
};

/** A chapter's “what happened” note (components/Hindsight.astro); the verdict's name is from essay.ts. */
export const NOTE = {
  label: 'What happened',
  aria: (title: string): string => `What happened: ${title}`,
  leverCheck: ' · a lever check',
  yours: (site: string): string => ` (your verdict, from your link; the site’s is ${site})`,
  evidence: 'The evidence on the scorecard',
};

/** The printed scenario card (components/PrintCard.astro); its summary lines are in print.ts. */
export const PRINT = {
  title: 'Your scenario',
  link: 'Link: ',
};

/** A changeable number's note, once changed (components/OriginNote.astro). */
export const ORIGIN = {
  essay: ' Essay ',
  yours: ' → yours ',
  reset: (essay: string): string => `Reset to ${essay}`,
};

/** A slider's exact-value field (components/Param.astro). */
export const exactValueLabel = (label: string): string => `${label}, exact value`;

/** Under a chart (components/Chart.astro). */
export const CHART = {
  scorecard: 'How the marked run scores against the essay’s prediction',
  table: 'The chart’s numbers as a table',
};
