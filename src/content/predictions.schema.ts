/**
 * The schema of a hindsight prediction (src/content/predictions/*.yaml).
 * Exported on its own so that tests can check what it accepts and refuses.
 */
import { CHAPTER_SLUGS } from '../lib/model/chapters';
import { z } from 'astro/zod';
import { PREDICTION_KINDS, VERDICTS } from '../lib/verdicts';

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD text names a real year, month or day (no 2025-13, no 2024-02-31). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

const DATE_HELP = 'a real date as YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, a day that exists in that month)';
const MONTH_HELP = 'a real month as YYYY-MM (month 01–12)';

export const sourceSchema = z.object({
  title: z.string({ error: 'every source needs a title' }).min(1, 'every source needs a title'),
  /** Who published it; say here, in words a reader understands, when it is only a copy or summary. */
  publisher: z.string().min(1),
  /** Only an address seen in the fact review or ledger, https only; leave it out rather than guess one. */
  url: z.url({ protocol: /^https$/, error: 'an https:// address (http:, javascript: and other schemes are refused)' }).optional(),
  /** When the source was published. */
  date: z.string({ error: `every source needs a date: ${DATE_HELP}` }).refine(isRealDate, DATE_HELP),
});

export const predictionSchema = z
  .object({
    /** A short name for the prediction, for headings and the chart. */
    title: z.string().min(3).max(60),
    chapter: z.enum(CHAPTER_SLUGS),
    /** `forecast`: something the essay said would happen. `lever-check`: a lever or condition it described, checked. */
    kind: z.enum(PREDICTION_KINDS),
    /** The essay's own words, in Chinese: a short phrase from essay-zh.txt. */
    quote: z.string().min(2),
    /** The claim, retold in our own English words. */
    claim: z.string().min(10),
    /** When the essay made it. */
    made: z.literal('2023-09'),
    /** By when it should have come true, as YYYY-MM, and in words. */
    horizon: z.string().refine((s) => /^\d{4}-\d{2}$/.test(s) && isRealDate(s), MONTH_HELP),
    horizonText: z.string().min(1),
    happened: z.string().min(10),
    figures: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).default([]),
    sources: z.array(sourceSchema).min(1, 'every prediction needs at least one source'),
    confidence: z.enum(['sourced', 'partly-sourced']),
    verdict: z.enum(VERDICTS),
    reason: z.string().min(10),
  })
  .refine((p) => p.sources.some((s) => s.url !== undefined), {
    path: ['sources'],
    message: 'every prediction needs at least one source with an https:// address a reader can follow',
  });

export type Prediction = z.infer<typeof predictionSchema>;
