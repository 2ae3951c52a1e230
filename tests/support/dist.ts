// Reading the built site in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const PAGES = ['', 'rockets/', 'customization/', 'arithmetic/', 'multimodal/', 'lifelines/', 'moats/', 'hindsight/', 'glossary/'] as const;

export function readPage(path: string): HTMLElement {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return parse(readFileSync(file, 'utf8'));
}

/** The text a reader sees: without scripts, styles, hidden conclusion variants or origin tooltips. */
export function visibleText(root: HTMLElement): string {
  const clone = parse(root.toString());
  for (const el of clone.querySelectorAll('script, style, [hidden], [role="tooltip"]')) el.remove();
  return clone.textContent.replace(/\s+/g, ' ');
}
