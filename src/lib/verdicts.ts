/** Verdicts on the essay's predictions, in the order the scorecard shows them. */
export const VERDICTS = ['borne-out', 'partly', 'not-borne-out', 'too-early'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'borne-out': 'borne out',
  partly: 'partly borne out',
  'not-borne-out': 'not borne out',
  'too-early': 'too early to tell',
};

export function isVerdict(v: string): v is Verdict {
  return (VERDICTS as readonly string[]).includes(v);
}

/**
 * What a card scores: a forecast the essay made, or a check of a lever or
 * condition it described. Only forecasts enter the tally and the coin-flip test.
 */
export const PREDICTION_KINDS = ['forecast', 'lever-check'] as const;
export type PredictionKind = (typeof PREDICTION_KINDS)[number];

export const KIND_LABELS: Readonly<Record<PredictionKind, string>> = {
  forecast: 'a forecast',
  'lever-check': 'a lever check',
};

/** Prediction ids: lower-case words joined by hyphens (they appear in links). */
export const PREDICTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
