/**
 * The schema of a hindsight prediction (src/content/predictions/*.yaml).
 * Exported on its own so that tests can check what it accepts and refuses.
 */
import { CHAPTER_SLUGS } from '../lib/model/chapters';
import { z } from 'astro/zod';
import { VERDICTS } from '../lib/verdicts';

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Only an address seen in the fact ledger; leave it out rather than guess one. */
  url: z.url({ protocol: /^https$/ }).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
});

export const predictionSchema = z.object({
  /** A short name for the prediction, for headings and the chart. */
  title: z.string().min(3).max(60),
  chapter: z.enum(CHAPTER_SLUGS),
  /** The claim, in our own words. */
  claim: z.string().min(10),
  /** When the essay made it. */
  made: z.literal('2023-09'),
  /** By when it should have come true, as YYYY-MM, and in words. */
  horizon: z.string().regex(/^\d{4}-\d{2}$/, 'a month as YYYY-MM'),
  horizonText: z.string().min(1),
  happened: z.string().min(10),
  figures: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).default([]),
  sources: z.array(sourceSchema).min(1, 'every prediction needs at least one source'),
  confidence: z.enum(['sourced', 'partly-sourced']),
  verdict: z.enum(VERDICTS),
  reason: z.string().min(10),
});

export type Prediction = z.infer<typeof predictionSchema>;
