/** The site's chapters, in the essay's order, with the sections each retells. */
export const CHAPTER_SLUGS = ['rockets', 'customization', 'arithmetic', 'multimodal', 'lifelines', 'moats'] as const;
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];
