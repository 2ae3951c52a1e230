// Performance budget, enforced: the JavaScript a first-time reader runs before
// interacting (the module the page's loader runs and its static imports, and
// the inline scripts, gzip) stays within 15 KB per page, and Plot is not among it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, staticGraph } from '../../scripts/js-weight.mjs';
import { LOADER } from '../../src/integrations/script-after-paint';
import { DIST, PAGES, ROOT, readPage } from '../support/dist';

/** Plot's own default class name: a fingerprint found in any bundle that contains Plot. */
const PLOT_FINGERPRINT = /plot-[0-9a-f]{6}/.exec(readFileSync(join(ROOT, 'node_modules/@observablehq/plot/src/style.js'), 'utf8'))?.[0] ?? 'missing';
const ALL_JS = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js')).map((f) => `_astro/${f}`);

const JS_BUDGET_GZIP_BYTES = 15 * 1024;

describe.each(PAGES)('page /%s', (path) => {
  const page = readPage(path);
  const weight = pageWeight(DIST, path);
  const files = new Set(weight.files);

  it(`loads at most ${JS_BUDGET_GZIP_BYTES} bytes of gzipped JavaScript before interaction`, () => {
    expect(weight.bytes).toBeGreaterThan(0);
    expect(weight.bytes).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });

  it('asks for its script only through the loader in its head, which names every file of it', () => {
    const html = page.toString();
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    const loaders = page.querySelectorAll('script[data-modules]');
    expect(loaders.length).toBe(1);
    expect(page.querySelectorAll('head > script[data-modules]').length).toBe(1);
    expect(loaders[0]?.textContent).toBe(LOADER);
    const modules = (loaders[0]?.getAttribute('data-modules') ?? '').split(' ').map((u: string) => u.replace(/^\//, ''));
    expect(modules).toEqual([...staticGraph(DIST, modules[0] ?? '')]);
    expect(weight.files).toEqual(modules);
  });

  it('does not load Plot before interaction (Plot is in a chunk of its own, loaded later)', () => {
    const withPlot = ALL_JS.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(PLOT_FINGERPRINT));
    expect(withPlot.length).toBeGreaterThan(0);
    for (const f of withPlot) expect(files.has(f), f).toBe(false);
    expect(page.toString()).not.toMatch(/<link[^>]+modulepreload/);
  });

  it('carries the model’s numbers but not its words before interaction (they load with the tools and charts)', () => {
    const firstLoad = weight.files.map((f: string) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    // A formula in words (an output's), an origin note, a chart's title, an archetype's label.
    for (const words of ['GPU-hours × price of one GPU-hour', 'the leak itself says 32–36%', 'From the cost of the final run to the cost with every lever pulled', 'Poorly chosen direction']) {
      expect(ALL_JS.some((f) => readFileSync(join(DIST, f), 'utf8').includes(words)), `${words} is in some chunk`).toBe(true);
      expect(firstLoad, words).not.toContain(words);
    }
    expect(firstLoad).toContain('the efficiency, GPU count and prices must all be above zero');
  });
});
