/**
 * Orders the chapter entries as the essay does and checks that the files are
 * exactly the chapters the site has: an unknown or missing file fails the build.
 */
export function orderedChapters<T extends { id: string; filePath?: string | undefined }, S extends string>(
  entries: readonly T[],
  slugs: readonly S[],
): (T & { readonly id: S })[] {
  const known: readonly string[] = slugs;
  const unknown = entries.filter((e) => !known.includes(e.id));
  if (unknown.length > 0) {
    const files = unknown.map((e) => e.filePath ?? e.id).join(', ');
    throw new Error(`${files}: not a chapter of this site. Chapter files are named after one of: ${slugs.join(', ')}.`);
  }
  return slugs.map((slug) => {
    const entry = entries.find((e) => e.id === slug);
    if (!entry) throw new Error(`src/content/chapters/${slug}.mdx is missing: every chapter (${slugs.join(', ')}) needs a file.`);
    return entry as T & { readonly id: S }; // found by its id, which is `slug`
  });
}
