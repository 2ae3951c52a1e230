/**
 * The words of the pages' social cards (lib/social/: the PNG cards, and the titles and
 * descriptions the pages' <head> shares with them). Only the build reads this file.
 */

/** The site's name, as a page title's end and a card's kicker. */
export const SITE_NAME = 'Almost September, explored';

/** The titles and descriptions of the home page, the scorecard and the glossary (their <title>, <meta name="description"> and card). */
export const HOME_DESCRIPTION =
  'The economics of large AI models in September 2023, retold as an essay whose numbers you can change, and checked against what happened since.';
export const SCORECARD_TITLE = 'Hindsight: the essay’s predictions, scored';
export const SCORECARD_DESCRIPTION =
  'The September 2023 essay’s predictions about AI, checked against what happened by 2026, with sources, verdicts you can overrule, and a coin-flip test of our own in the spirit of its preface.';
export const GLOSSARY_TITLE = 'Glossary';
export const GLOSSARY_DESCRIPTION =
  'The jargon of large AI models that the chapters use, in plain English: tokens, parameters, FLOPs, training efficiency, mixture of experts and more.';

// The line above a card's title.
export const homeKicker = (chapters: number): string => `An explorable essay in ${chapters} chapters and a scorecard`;
export const chapterKicker = (n: number): string => `Chapter ${n} · ${SITE_NAME}`;
export const SCORECARD_KICKER = `Scorecard · ${SITE_NAME}`;

// A card's figure: the number, and what it is.
export const HOME_FIGURE = 'GPT-4’s final training run, at the essay’s numbers';
/** A chapter's headline output: “training cost, at the essay’s numbers”. */
export const atEssayNumbers = (label: string): string => `${label}, at the essay’s numbers`;
export const tallyFigure = (hits: number, decided: number): string => `${hits} of ${decided}`;
export const tallyFigureLabel = (partly: number, tooEarly: number): string =>
  `forecasts with a clean verdict borne out (${partly} partly, ${tooEarly} too early to tell)`;

/** The credit at the foot of every card. */
export const CARD_CREDIT = 'After “Almost September: sharp takes on AI” by Cherry, September 2023';

/** The card's text alternative (og:image:alt): its title, its claim and its figure. */
export const cardAltText = (title: string, claim: string, figure?: { value: string; label: string }): string =>
  `${title}. ${claim}${figure ? ` ${figure.value}: ${figure.label}.` : ''}`;
