/**
 * THE list of the site's chapters, in the essay's order. Everything that
 * iterates chapters (pages, the sitemap, the scorecard's filter, the content
 * check, the prediction schema) reads it from here.
 */
export const CHAPTER_SLUGS = ['rockets', 'customization', 'arithmetic', 'multimodal', 'lifelines', 'moats'] as const;
/** A chapter page of the site: /<slug>/. */
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

/** Every part of the site with a model of its own: the home page's preface, then the chapters. */
export const CHAPTERS = ['home', ...CHAPTER_SLUGS] as const;
export type ChapterId = (typeof CHAPTERS)[number];

export function isChapterSlug(id: string): id is ChapterSlug {
  return (CHAPTER_SLUGS as readonly string[]).includes(id);
}

export function isChapterId(id: string): id is ChapterId {
  return (CHAPTERS as readonly string[]).includes(id);
}
