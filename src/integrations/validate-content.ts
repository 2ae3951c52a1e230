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
import { PREDICTION_ID } from '../lib/verdicts';
import { PREDICTION_IDS } from '../lib/prediction-ids';

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

/**
 * The prediction files' names are ids carried by shared links: lower-case words
 * joined by hyphens, each listed in src/lib/prediction-ids.ts (which the link
 * codec checks against). One message per problem, naming the file.
 */
export function checkPredictionFiles(root: string, dir = join(root, 'src/content')): string[] {
  let files: string[];
  try {
    files = readdirSync(join(dir, 'predictions'));
  } catch {
    return [];
  }
  const errors: string[] = [];
  const rel = (f: string) => relative(root, join(dir, 'predictions', f));
  const ids = new Set<string>();
  for (const f of files) {
    if (!f.endsWith('.yaml')) {
      errors.push(`${rel(f)}: a prediction file's name must end in .yaml (found "${f}").`);
      continue;
    }
    const id = f.replace(/\.yaml$/, '');
    if (!PREDICTION_ID.test(id)) {
      errors.push(`${rel(f)}: a prediction's file name is its id, carried by shared links, so it must be lower-case letters and digits joined by single hyphens, such as "efficiency-60.yaml" (found "${f}").`);
      continue;
    }
    ids.add(id);
    if (!(PREDICTION_IDS as readonly string[]).includes(id)) errors.push(`${rel(f)}: the id "${id}" is not listed in src/lib/prediction-ids.ts; add it there, so that shared links can carry its verdict.`);
  }
  for (const id of PREDICTION_IDS) {
    if (!ids.has(id)) errors.push(`src/lib/prediction-ids.ts: "${id}" is listed, but there is no ${rel(`${id}.yaml`)}; remove it or restore the file (and never rename a prediction: links carry its id).`);
  }
  return errors;
}

export default function validateContent(): AstroIntegration {
  return {
    name: 'essay:validate-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        checkInputs(PARAMS);
        const root = fileURLToPath(config.root);
        const content = process.env.ESSAY_CONTENT_DIR ?? join(root, 'src/content');
        // The prediction files first: a misnamed file would otherwise surface as a chapter's unknown id.
        const predictionErrors = checkPredictionFiles(root, content);
        if (predictionErrors.length > 0) {
          throw new Error(`The prediction files need fixing:\n${predictionErrors.join('\n')}`);
        }
        const errors = checkContentDir(root, content);
        if (errors.length > 0) {
          throw new Error(`The content has mistakes (each with its file and line):\n${errors.join('\n')}`);
        }
      },
    },
  };
}
