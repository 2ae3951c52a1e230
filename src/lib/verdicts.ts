/** Verdicts on the essay's predictions, in the order the scorecard shows them (their names: lib/ui/en/essay.ts). */
export const VERDICTS = ['borne-out', 'partly', 'not-borne-out', 'too-early'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(v: string): v is Verdict {
  return (VERDICTS as readonly string[]).includes(v);
}

/**
 * What a card scores: a forecast the essay made, or a check of a lever or
 * condition it described. Only forecasts enter the tally and the coin-flip test.
 */
export const PREDICTION_KINDS = ['forecast', 'lever-check'] as const;
export type PredictionKind = (typeof PREDICTION_KINDS)[number];

/** Prediction ids: lower-case words joined by hyphens (they appear in links). */
export const PREDICTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
