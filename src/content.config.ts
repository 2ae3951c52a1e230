import { OUTPUT_IDS, isOutputId } from './lib/model/numbers';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { predictionSchema } from './content/predictions.schema';
import { unknownIdMessage } from './lib/suggest';

/** `{outputId}` placeholders in a dek: each becomes a live number. */
export const DEK_PLACEHOLDER = /\{([^{}]*)\}/g;

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/chapters' }),
  schema: z.object({
    title: z.string().min(1),
    /** One line for the table of contents and the page's description. */
    description: z.string().min(1),
    /** The essay's sections this chapter retells, as in the outline. */
    sections: z.array(z.string().min(1)).min(1),
    /** `written` chapters are complete; `coming` ones show a summary and are marked in the contents. */
    status: z.enum(['written', 'coming']),
    /** The output that states the chapter's claim in one number (sticky bar, social card, dek). */
    headline: z
      .string()
      .superRefine((id, ctx) => {
        if (!isOutputId(id)) ctx.addIssue({ code: 'custom', message: unknownIdMessage('output', id, OUTPUT_IDS, 'headline') });
      })
      .optional(),
    /**
     * One or two sentences under the title: the chapter's question and answer. `{outputId}` shows
     * that output live, e.g. "The final run cost {trainingCostUsd}."
     */
    dek: z
      .string()
      .min(1)
      .superRefine((dek, ctx) => {
        for (const [, id = ''] of dek.matchAll(DEK_PLACEHOLDER)) {
          if (!isOutputId(id)) ctx.addIssue({ code: 'custom', message: unknownIdMessage('output', id, OUTPUT_IDS, 'dek {…}') });
        }
      })
      .optional(),
  }),
});

const predictions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/predictions' }),
  schema: predictionSchema,
});

export const collections = { chapters, predictions };
