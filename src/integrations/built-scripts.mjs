// The scripts of the built site: the files a module pulls in before it runs, and a page's inline
// scripts. Plain JavaScript, so that both the build (script-after-paint.ts, security-headers.ts)
// and scripts/js-weight.mjs, run by Node alone, can use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file a module pulls in before it runs (paths relative to `dist`): static imports only, not `import()`. */
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

/** The text of each inline script in a page (each `<script>` without a `src`). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}
