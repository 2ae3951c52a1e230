// Prints the gzipped JavaScript each built page loads before interaction
// (its module scripts and their static imports). Used by the budget test and the bench.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file a module pulls in before it runs: static imports only, not `import()`. */
export function staticGraph(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.') || spec.startsWith('/')) staticGraph(dist, spec.startsWith('/') ? spec.slice(1) : join(file, '..', spec), seen);
  }
  return seen;
}

/** The JavaScript files a page loads before interaction, and their gzipped size. */
export function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const base = /<script[^>]+src="\/([^"]+)"/g;
  const files = new Set();
  for (const m of html.matchAll(base)) for (const f of staticGraph(dist, m[1])) files.add(f);
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files: [...files], bytes };
}

if (process.argv[1]?.endsWith('js-weight.mjs')) {
  const dist = 'dist';
  const pages = ['', ...readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html'))).map((d) => `${d.name}/`)];
  for (const p of pages) console.log(`/${p}`.padEnd(18), pageWeight(dist, p).bytes);
}
