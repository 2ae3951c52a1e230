/**
 * Fails `astro build` and `astro dev` on an editor's mistake in the content,
 * before anything renders: an unknown id, a misspelt or unclosed component,
 * a figure typed by hand, a frontmatter error (see src/lib/content-check.ts),
 * each with its file and line; and on a parameter whose spec cannot work
 * (src/lib/model/check.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { ALLOWED_FIGURES, checkFrontmatter, checkMdx, headingIds, typedFigures } from '../lib/content-check';
import { isChapterId, type ChapterId } from '../lib/model/chapters';
import { checkInputs } from '../lib/model/check';
import { PARAMS } from '../lib/model/numbers';
import { chapterSchema } from '../content/chapters.schema';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

/** The prediction ids: the names of src/content/predictions/*.yaml. */
function predictionIds(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'predictions')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  } catch {
    return [];
  }
}

/** The page a content file belongs to: a chapter's file, or the home page's prose. */
function pageOf(dir: string, file: string): ChapterId | undefined {
  const rel = relative(dir, file);
  if (rel.startsWith('home/')) return 'home';
  const name = basename(file, '.mdx');
  return rel.startsWith('chapters/') && isChapterId(name) ? name : undefined;
}

export function checkContentDir(root: string, dir = join(root, 'src/content')): string[] {
  const predictions = predictionIds(dir);
  const files = mdxFiles(dir).map((file) => ({ file, text: readFileSync(file, 'utf8'), page: pageOf(dir, file) }));
  const headings: Partial<Record<ChapterId, string[]>> = {};
  for (const { text, page } of files) if (page) (headings[page] ??= []).push(...headingIds(text));
  return files.flatMap(({ file, text }) => {
    const name = relative(root, file);
    const inDir = relative(dir, file);
    return [
      ...(inDir.startsWith('chapters/') ? checkFrontmatter(text, name, parse, chapterSchema) : []),
      ...checkMdx(text, name, { predictions, headings }),
      ...typedFigures(text, name, (ALLOWED_FIGURES[inDir] ?? []).map(([figure]) => figure)),
    ]
      .sort((a, b) => a.line - b.line)
      .map((e) => e.message);
  });
}

export default function validateContent(): AstroIntegration {
  return {
    name: 'essay:validate-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        checkInputs(PARAMS);
        const root = fileURLToPath(config.root);
        const errors = checkContentDir(root, process.env.ESSAY_CONTENT_DIR ?? join(root, 'src/content'));
        if (errors.length > 0) {
          throw new Error(`The content has mistakes (each with its file and line):\n${errors.join('\n')}`);
        }
      },
    },
  };
}
