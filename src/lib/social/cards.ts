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
import {
  GLOSSARY_DESCRIPTION,
  GLOSSARY_TITLE,
  HOME_DESCRIPTION,
  HOME_FIGURE,
  SCORECARD_DESCRIPTION,
  SCORECARD_KICKER,
  SCORECARD_TITLE,
  SITE_NAME,
  chapterKicker,
  homeKicker,
  tallyFigure,
  tallyFigureLabel,
} from '../ui/en/social';

/** The titles and claims of the home page and the scorecard, shared with their pages (the words: ui/en/social.ts). */
export const HOME = { title: SITE_NAME, description: HOME_DESCRIPTION } as const;
export const SCORECARD = { title: SCORECARD_TITLE, description: SCORECARD_DESCRIPTION } as const;
export const GLOSSARY_PAGE = { title: GLOSSARY_TITLE, description: GLOSSARY_DESCRIPTION } as const;

/** All the cards (gathered afresh each time, so that `npm run dev` shows an edited dek at once). */
export async function socialCards(): Promise<readonly SocialCard[]> {
  const chapters = orderedChapters(await getCollection('chapters'), CHAPTER_SLUGS);
  // Forecasts only, as the scorecard counts them: lever checks stand outside the tally.
  const t = tally(forecastVerdicts(predictionRows(await getCollection('predictions'))), DEFAULTS.guessAccuracy);
  return [
    {
      id: 'home',
      kicker: homeKicker(chapters.length),
      title: HOME.title,
      claim: HOME.description,
      // The essay's central sum, which the arithmetic chapter retells.
      figure: headlineFigure('trainingCostUsd', HOME_FIGURE),
    },
    ...chapters.map((c, i) => ({
      id: c.id,
      kicker: chapterKicker(i + 1),
      title: c.data.title,
      claim: c.data.dek ? fillDek(c.data.dek) : c.data.description,
      figure: c.data.headline ? headlineFigure(c.data.headline) : undefined,
    })),
    {
      id: 'hindsight',
      kicker: SCORECARD_KICKER,
      title: SCORECARD.title,
      claim: SCORECARD.description,
      figure:
        t.decided === 0
          ? undefined
          : {
              value: tallyFigure(t.hits, t.decided),
              label: tallyFigureLabel(t.counts.partly, t.counts['too-early']),
            },
    },
    { id: 'glossary', kicker: SITE_NAME, title: GLOSSARY_PAGE.title, claim: GLOSSARY_PAGE.description },
  ];
}

/** One page's card; an unknown id is a mistake in a page's code. */
export async function socialCard(id: string): Promise<SocialCard> {
  const cards = await socialCards();
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`No social card "${id}": expected one of ${cards.map((c) => c.id).join(', ')}.`);
  return card;
}
