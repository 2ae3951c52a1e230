/**
 * Fails `astro build` and `astro dev` when a chapter refers to an id the model
 * does not have (see src/lib/content-check.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkMdx } from '../lib/content-check';
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

export function checkContentDir(root: string, dir = join(root, 'src/content')): string[] {
  const predictions = predictionIds(dir);
  return mdxFiles(dir).flatMap((file) =>
    checkMdx(readFileSync(file, 'utf8'), relative(root, file), predictions).map((e) => e.message),
  );
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
        const root = fileURLToPath(config.root);
        const content = process.env.ESSAY_CONTENT_DIR ?? join(root, 'src/content');
        // The prediction files first: a misnamed file would otherwise surface as a chapter's unknown id.
        const predictionErrors = checkPredictionFiles(root, content);
        if (predictionErrors.length > 0) {
          throw new Error(`The prediction files need fixing:\n${predictionErrors.join('\n')}`);
        }
        const errors = checkContentDir(root, content);
        if (errors.length > 0) {
          throw new Error(`The chapters refer to ids the model does not have:\n${errors.join('\n')}`);
        }
      },
    },
  };
}
