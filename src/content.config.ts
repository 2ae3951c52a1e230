import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { predictionSchema } from './content/predictions.schema';
import { chapterSchema } from './content/chapters.schema';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/chapters' }),
  schema: chapterSchema,
});

const predictions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/predictions' }),
  schema: predictionSchema,
});

export const collections = { chapters, predictions };
