// Prints the gzipped JavaScript each built page runs before interaction (its module scripts and
// their static imports, and its inline scripts). Used by the budget test and the bench.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts, staticGraph } from '../src/integrations/built-scripts.mjs';

export { inlineScripts, staticGraph };

/**
 * The page's module scripts: a `<script src>`, or the module that the loader in the head runs once
 * the page has painted (the first file of its `data-modules`; src/integrations/script-after-paint.ts).
 */
export function pageModules(html) {
  const tags = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]);
  const loaded = [...html.matchAll(/<script[^>]+data-modules="\/([^" ]+)/g)].map((m) => m[1]);
  return [...tags, ...loaded];
}

/**
 * The JavaScript a page runs before interaction, and its gzipped size: its module files with their
 * static imports, and its inline scripts (each gzipped on its own, as if it were a file).
 */
export function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const files = new Set();
  for (const module of pageModules(html)) for (const f of staticGraph(dist, module)) files.add(f);
  const inline = inlineScripts(html).reduce((sum, code) => sum + gzipSync(code).length, 0);
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, inline);
  return { files: [...files], inline, bytes };
}

if (process.argv[1]?.endsWith('js-weight.mjs')) {
  const dist = 'dist';
  const pages = ['', ...readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html'))).map((d) => `${d.name}/`)];
  for (const p of pages) console.log(`/${p}`.padEnd(18), pageWeight(dist, p).bytes);
}
