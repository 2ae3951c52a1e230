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
  /** The site's name, its second part hidden on a narrow screen. */
  siteTitle: 'Almost September',
  siteTitleRest: ', explored',
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
  /** “New to the jargon? The [glossary] explains …”. */
  glossaryBefore: 'New to the jargon? The ',
  glossaryLink: 'glossary',
  glossaryAfter: ' explains tokens, parameters, FLOPs, training efficiency and the rest in plain English.',
  navLabel: 'Previous and next chapter',
};

/**
 * The credit under a chapter's title and the scorecard's: “After [the essay's title, linked] by
 * Cherry [车厘子电波] (September 2023), retold in our own words.” (layouts/Chapter.astro,
 * pages/hindsight/). The author's name is in Chinese (lang="zh").
 */
export const CREDIT = {
  before: 'After ',
  link: '“Almost September: sharp takes on AI”',
  by: ' by Cherry ',
  author: '车厘子电波',
  after: ' (September 2023), retold in our own words.',
};

/**
 * The legend after a chapter's credit: “Numbers are marked by origin: [the essay’s], [a dated
 * source’s], [our assumption], or [computed]; … [Tinted] numbers can be dragged …”, each bracket
 * a sample number in its origin's colour (layouts/Chapter.astro).
 */
export const LEGEND = {
  before: 'Numbers are marked by origin: ',
  essay: 'the essay’s',
  source: 'a dated source’s',
  assumption: 'our assumption',
  computed: 'computed',
  comma: ', ',
  or: ', or ',
  after: '; focus or hover over one to see which. ',
  tinted: 'Tinted',
  drag: ' numbers can be dragged (or stepped with the arrow keys).',
};

/**
 * Every page's footer (layouts/Base.astro): “A retelling … of [the essay's Chinese title, linked]
 * (its English title) by Cherry [车厘子电波], published …”. The title and the name are in Chinese.
 */
export const FOOTER = {
  before: 'A retelling, in our own words and with live numbers, of ',
  link: '“快9月了，来看看对 AI 的锐评”',
  by: ' (“Almost September: sharp takes on AI”) by Cherry ',
  author: '车厘子电波',
  after: ', published on WeChat in September 2023. The arguments are the author’s; the wording, the checks and any mistakes in them are ours.',
};

/** The links at the foot of a page (layouts/Chapter.astro, the glossary and the scorecard) and the home page's contents. */
export const NAV = {
  label: 'Chapters',
  contents: 'Contents',
  backToContents: '← Contents',
  toScorecard: 'Hindsight: the predictions, scored →',
  coming: ' (coming)',
};

/** The home page's own lines (pages/index.astro); its title and description are the social card's (lib/social/cards.ts). */
export const HOME_PAGE = {
  lede: 'In September 2023 an author writing as Cherry posted a sharp essay on WeChat about who can afford large AI models. Its case, in brief: pre-training a frontier model has become a rocket launch that anyone with the money may attempt and hardly any Chinese startup can pay for; custom work will not buy a way out; the bill may fall steeply within a couple of years while model size runs into a ceiling; and most products built on top live only months, until a model upgrade swallows them, behind moats that are mostly weaker than they look. This site retells the essay with its numbers live: change one, and the sentences and charts that depend on it follow.',
  /** “The original: [the essay's Chinese title, linked] (its English title) by Cherry [车厘子电波], September 2023. …” */
  creditBefore: 'The original: ',
  creditLink: FOOTER.link,
  creditBy: FOOTER.by,
  creditAuthor: FOOTER.author,
  creditAfter:
    ', September 2023. Our retelling is in our own words; the author’s own phrases are marked as quotations, with the Chinese on hover or focus. Numbers with a tinted background can be dragged or stepped with the arrow keys, and every number shows its origin on hover or focus.',
  /** After the contents: “[link] — what it is”. */
  scorecardLink: 'Hindsight: the essay’s predictions, scored',
  scorecardAbout: (calls: number): string =>
    ` — the essay’s ${calls} calls, forecasts and the levers it described, checked against what happened by November 2026, with a coin-flip test in the spirit of its preface applied to its forecasts.`,
  glossaryLink: 'Glossary',
  glossaryAbout: ' — the jargon of large models (tokens, parameters, FLOPs, training efficiency) in plain English.',
};

/** The page for an address that is not one (pages/404.astro): “… listed on the [contents page], and … on [the hindsight page].” */
export const NOT_FOUND = {
  title: 'Page not found',
  description: 'This address is not a page of Almost September, explored.',
  before: 'There is no page at this address. The essay’s chapters are listed on the ',
  contents: 'contents page',
  between: ', and its predictions are scored on ',
  hindsight: 'the hindsight page',
  after: '.',
};

/** The glossary's heading and dek (pages/glossary/); its title and description are the social card's. */
export const GLOSSARY_HEADER = {
  heading: 'Glossary',
  dek: 'The jargon the chapters use, in plain English. A word linked in a chapter leads here.',
};

/** The scorecard page's own lines (pages/hindsight/); the scorecard's are in scorecard.ts. */
export const SCORECARD_PAGE = {
  kicker: 'Scorecard · the essay’s forecasts, last checked in November 2026',
  /** The link back to the last chapter, by a short name. */
  prev: '← What counts as a moat',
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

/** A model-decided conclusion whose figures are not defined, when the prose gives no sentence for that (components/Conclusion.astro). */
export const CONCLUSION_UNDEFINED = 'These numbers do not allow a conclusion here: one of the figures it needs is not defined.';

/** The badge on a quotation's tooltip, before the essay's Chinese (components/Quote.astro). */
export const QUOTE_BADGE = 'The essay, in Chinese';

/** The moats chapter's table (components/MoatTable.astro); its rows' words are the chapter's (lib/model/moats/words.ts). */
export const MOAT_TABLE = {
  caption: 'The seven candidate moats: your answer, then the essay’s',
  columns: ['Candidate moat', 'Your answer', 'The essay’s answer'],
  /** Covers the essay's answer in a row until the reader answers it. */
  cover: 'answer first',
  revealAll: 'Show all the essay’s answers',
};

/** A dated event of the lifelines chapter's timeline without a source (components/Timeline.astro). */
export const TIMELINE_NO_SOURCE = 'No source found; the essay’s account.';

/** A slider's exact-value field (components/Param.astro). */
export const exactValueLabel = (label: string): string => `${label}, exact value`;

/** Under a chart (components/Chart.astro). */
export const CHART = {
  scorecard: 'How the marked run scores against the essay’s prediction',
  table: 'The chart’s numbers as a table',
};
