/**
 * Fails `astro build` and `astro dev` when a chapter refers to an id the model
 * does not have (see src/lib/content-check.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkMdx } from '../lib/content-check';

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

export default function validateContent(): AstroIntegration {
  return {
    name: 'essay:validate-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const errors = checkContentDir(root, process.env.ESSAY_CONTENT_DIR ?? join(root, 'src/content'));
        if (errors.length > 0) {
          throw new Error(`The chapters refer to ids the model does not have:\n${errors.join('\n')}`);
        }
      },
    },
  };
}
