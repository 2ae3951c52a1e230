/**
 * After the build, moves each page's module script behind its first paint.
 *
 * Astro writes the islands' script as `<script type="module" src>` at the end of the body. A
 * browser finds it only when its parser reaches it (on a slow phone, long after the page has
 * painted: the parser works through the prose first), and Lighthouse's model of a phone counts a
 * script requested before the page's largest paint as holding that paint back, although a module
 * script never blocks it. Neither is what the page needs: it paints from its HTML alone, and the
 * script only upgrades it (docs/PERFORMANCE.md, "Where a phone's first paint went").
 *
 * So the tag is replaced by a small inline script in the head (`LOADER`), the same on every page
 * (one CSP hash), reading the files from its own `data-modules`: once the page's first paint is
 * reported, it asks for the module and every file it imports (`modulepreload`), and once the
 * document is parsed it runs the module, as the deferred tag did. Without JavaScript nothing
 * changes: nothing is asked for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-pages';
import { staticGraph } from './built-scripts.mjs';

/**
 * The loader, written out by hand to stay short (it is JavaScript every page runs before
 * interaction, counted in the budget: scripts/js-weight.mjs). `u` is the module and the files it
 * imports; `g` asks for them all, once, and runs the module once the document is parsed. `g` runs
 * when the browser reports the page's first contentful paint (a `paint` entry, which comes once
 * the frame has been shown; a frame callback comes before, and a request made then can still end
 * before the page is shown; a first paint of the background alone can come before any text), or
 * at once where that cannot be known. A page opened with a query (a reader's
 * scenario) asks at once, so that it shows the essay's numbers, in place of the reader's, for no
 * longer than it did. A page hidden before its first paint asks when it is hidden (a hidden page
 * is not painted, so no paint would be reported).
 */
export const LOADER =
  "((d,u,r=()=>import(u[0]),x)=>{const g=()=>{if(x)return;x=1;for(const h of u)d.head.append(Object.assign(d.createElement('link'),{rel:'modulepreload',href:h}));d.readyState=='loading'?d.addEventListener('DOMContentLoaded',r):r()};" +
  "try{if(location.search||d.hidden||!PerformanceObserver.supportedEntryTypes.includes('paint'))throw 0;new PerformanceObserver(l=>l.getEntriesByName('first-contentful-paint')[0]&&g()).observe({type:'paint'});d.addEventListener('visibilitychange',g)}catch{g()}" +
  "})(document,document.currentScript.dataset.modules.split(' '))";

/**
 * What the loader asks for, as site URLs: the module and every file it imports statically, or,
 * where the module is only a facade importing one other (as Astro's entry for the islands' script
 * is), that one and its imports, so that the page does not fetch a file only to learn the name of
 * the next.
 */
export function modulesFor(root: string, src: string, base: string): string[] {
  const file = src.slice(base.length);
  const facade = /^import\s*["'](\.\/[^"']+)["'];?\s*$/.exec(readFileSync(join(root, file), 'utf8'));
  const first = facade ? join(dirname(file), facade[1]!) : file;
  return [...staticGraph(root, first)].map((f) => base + f);
}

const TAG = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with its module script moved behind the first paint (unchanged if it has none). */
export function moveScript(html: string, modules: (src: string) => string[]): string {
  const sources = [...html.matchAll(TAG)].map((m) => m[1] ?? '');
  if (sources.length === 0) return html;
  if (sources.length > 1) throw new Error(`script-after-paint: expected one module script in a page, found ${sources.length}`);
  const loader = `<script data-modules="${modules(sources[0]!).join(' ')}">${LOADER}</script>`;
  return html.replace(TAG, '').replace('</head>', `${loader}</head>`);
}

export default function scriptAfterPaint(base: string): AstroIntegration {
  return {
    name: 'essay:script-after-paint',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const graphs = new Map<string, string[]>();
        const modules = (src: string) => graphs.get(src) ?? graphs.set(src, modulesFor(root, src, base)).get(src)!;
        for (const file of htmlFiles(root)) writeFileSync(file, moveScript(readFileSync(file, 'utf8'), modules));
      },
    },
  };
}
