import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { predictionSchema } from './content/predictions.schema';

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
  }),
});

const predictions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/predictions' }),
  schema: predictionSchema,
});

export const collections = { chapters, predictions };
