/**
 * What a page's social card says: its title, its claim and its headline figure at the essay's
 * numbers (the defaults). Pure: src/lib/social/cards.ts gathers the pages' data, render.ts draws.
 */
import { OUTPUTS, type OutputSpec } from '../model/words';
import { isOutputId } from '../model/numbers';
import { isDefined } from '../model/kit';
import { formatValue, spokenValue } from '../format';
import { $outputs } from '../../state/scenario';
import { DEK_PLACEHOLDER } from '../../content/chapters.schema';
import { atEssayNumbers, cardAltText } from '../ui/en/social';

export interface CardFigure {
  /** The number as the page shows it: "$63 million". */
  readonly value: string;
  /** What it is: "training cost, at the essay’s numbers". */
  readonly label: string;
}

export interface SocialCard {
  /** The card's file name without extension, under social/: "home", a chapter's slug, "hindsight". */
  readonly id: string;
  readonly kicker: string;
  readonly title: string;
  readonly claim: string;
  readonly figure?: CardFigure | undefined;
}

/** The card's path inside the site, to join to BASE_PATH. */
export const cardPath = (id: string): string => `social/${id}.png`;

/** An output's value at the essay's numbers, as the page prints it, or undefined if it has none. */
function defaultText(id: string, spoken = false): string | undefined {
  if (!isOutputId(id)) throw new Error(`social card: unknown output id "${id}"`);
  const value = $outputs.get()[id];
  if (!isDefined(value)) return undefined;
  const spec: OutputSpec = OUTPUTS[id];
  return spoken ? spokenValue(spec.kind, value, spec.unit) : formatValue(spec.kind, value);
}

/** A dek with its `{outputId}` placeholders filled in at the essay's numbers. */
export function fillDek(dek: string): string {
  return dek.replace(DEK_PLACEHOLDER, (_, id: string) => defaultText(id) ?? '—');
}

/** A headline output as a card figure, or undefined when the output has no value at the defaults. */
export function headlineFigure(id: string, label?: string): CardFigure | undefined {
  const value = defaultText(id, true);
  if (value === undefined || !isOutputId(id)) return undefined;
  return { value, label: label ?? atEssayNumbers(OUTPUTS[id].label) };
}

/** The card's text alternative (og:image:alt, twitter:image:alt). */
export function cardAlt(card: SocialCard): string {
  return cardAltText(card.title, card.claim, card.figure);
}
