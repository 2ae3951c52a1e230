/**
 * Every page's social card: the home page, each chapter and the scorecard. Gathered at build time
 * from the chapters' frontmatter (title, dek or description, headline) and the predictions' tally.
 */
import { getCollection } from 'astro:content';
import { CHAPTER_SLUGS } from '../model/chapters';
import { DEFAULTS } from '../model/numbers';
import { orderedChapters } from '../toc';
import { tally } from '../model/hindsight';
import { forecastVerdicts, predictionRows } from '../hindsight-data';
import { fillDek, headlineFigure, type SocialCard } from './card-data';

const SITE = 'Almost September, explored';

/** The titles and claims of the home page and the scorecard, shared with their pages. */
export const HOME = {
  title: SITE,
  description: 'The economics of large AI models in September 2023, retold as an essay whose numbers you can change, and checked against what happened since.',
} as const;
export const SCORECARD = {
  title: 'Hindsight: the essay’s predictions, scored',
  description: 'The September 2023 essay’s predictions about AI, checked against what happened by 2026, with sources, verdicts you can overrule, and a coin-flip test of our own in the spirit of its preface.',
} as const;
export const GLOSSARY_PAGE = {
  title: 'Glossary',
  description: 'The jargon of large AI models that the chapters use, in plain English: tokens, parameters, FLOPs, training efficiency, mixture of experts and more.',
} as const;

/** All the cards (gathered afresh each time, so that `npm run dev` shows an edited dek at once). */
export async function socialCards(): Promise<readonly SocialCard[]> {
  const chapters = orderedChapters(await getCollection('chapters'), CHAPTER_SLUGS);
  // Forecasts only, as the scorecard counts them: lever checks stand outside the tally.
  const t = tally(forecastVerdicts(predictionRows(await getCollection('predictions'))), DEFAULTS.guessAccuracy);
  return [
    {
      id: 'home',
      kicker: `An explorable essay in ${chapters.length} chapters and a scorecard`,
      title: HOME.title,
      claim: HOME.description,
      // The essay's central sum, which the arithmetic chapter retells.
      figure: headlineFigure('trainingCostUsd', 'GPT-4’s final training run, at the essay’s numbers'),
    },
    ...chapters.map((c, i) => ({
      id: c.id,
      kicker: `Chapter ${i + 1} · ${SITE}`,
      title: c.data.title,
      claim: c.data.dek ? fillDek(c.data.dek) : c.data.description,
      figure: c.data.headline ? headlineFigure(c.data.headline) : undefined,
    })),
    {
      id: 'hindsight',
      kicker: `Scorecard · ${SITE}`,
      title: SCORECARD.title,
      claim: SCORECARD.description,
      figure:
        t.decided === 0
          ? undefined
          : {
              value: `${t.hits} of ${t.decided}`,
              label: `forecasts with a clean verdict borne out (${t.counts.partly} partly, ${t.counts['too-early']} too early to tell)`,
            },
    },
    { id: 'glossary', kicker: SITE, title: GLOSSARY_PAGE.title, claim: GLOSSARY_PAGE.description },
  ];
}

/** One page's card; an unknown id is a mistake in a page's code. */
export async function socialCard(id: string): Promise<SocialCard> {
  const cards = await socialCards();
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`No social card "${id}": expected one of ${cards.map((c) => c.id).join(', ')}.`);
  return card;
}
