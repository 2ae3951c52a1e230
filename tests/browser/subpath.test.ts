// Deploying under a sub-path: build with BASE_PATH=/essay/, serve it there, follow every
// internal link, script, style and image on every page, and use the site in the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';
import { launch, upgraded } from '../support/browser';
import { buildSite, filesUnder } from '../support/build';

const BASE = '/essay/';
let out: string;
let server: StaticServer;
let browser: Browser;

const htmlFiles = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html'));

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'essay-subpath-'));
  // An exported BASE_URL (some CI systems set one) must not override BASE_PATH.
  const r = buildSite(out, { BASE_PATH: BASE, SITE_URL: 'https://deploy.test', BASE_URL: '/' });
  if (r.status !== 0) throw new Error(`The build under ${BASE} failed:\n${r.output}`);
  server = await startServer({ root: out, base: BASE });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe(`the site under ${BASE}`, () => {
  it('resolves every internal link, script, style and image of every page', async () => {
    const checked = new Set<string>();
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const page = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
        ...page.querySelectorAll('link[href]').map((l) => l.getAttribute('href') ?? ''),
        ...page.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src') ?? ''),
      ].filter((u) => u && !/^(https?:|mailto:|#)/.test(u));
      for (const ref of refs) {
        expect(ref.startsWith(BASE), `${file}: ${ref}`).toBe(true);
        const url = new URL(ref, server.url).href.split('#')[0] ?? '';
        if (checked.has(url)) continue;
        checked.add(url);
        const res = await fetch(url);
        expect(res.status, `${file}: ${ref}`).toBe(200);
      }
    }
    // Absolute addresses use SITE_URL and the sub-path.
    const home = parse(readFileSync(join(out, 'arithmetic/index.html'), 'utf8'));
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://deploy.test/essay/arithmetic/');
    expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://deploy.test/essay/social/arithmetic.png');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://deploy.test/essay/hindsight/</loc>');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://deploy.test/essay/sitemap.xml');
  });

  it('serves every page’s own social card under the sub-path', async () => {
    const seen = new Set<string>();
    for (const file of htmlFiles(out)) {
      const image = parse(readFileSync(file, 'utf8')).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(`https://deploy.test${BASE}social/`), `${file}: ${image}`).toBe(true);
      if (!file.endsWith('404.html')) {
        expect(seen.has(image), `${file} shares its card`).toBe(false);
        seen.add(image);
      }
      const res = await fetch(new URL(new URL(image).pathname, server.url));
      expect(res.status, image).toBe(200);
      expect(res.headers.get('content-type'), image).toContain('image/png');
    }
    // Home, six chapters, the scorecard and the glossary.
    expect(seen.size).toBe(9);
  });

  it('works in the browser: numbers, lazy charts, tools and links between chapters', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${server.url}arithmetic/`);
    await upgraded(page);
    const cut = page.locator('[role="slider"][data-param="gpuPriceCut"]');
    await cut.focus();
    await page.keyboard.press('PageUp');
    await page.locator('essay-chart[data-chart="levers"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('essay-chart[data-chart="levers"][data-rendered]');
    await page.locator('essay-tools summary').click();
    await page.waitForSelector('essay-tools[data-loaded="true"]');
    expect(new URL(page.url()).pathname).toBe(`${BASE}arithmetic/`);
    // The page's card loads in the browser from its own origin, at its full size.
    const card = await page.evaluate(async () => {
      const meta = document.querySelector<HTMLMetaElement>('meta[property="og:image"]');
      const img = new Image();
      img.src = new URL(new URL(meta?.content ?? '').pathname, location.origin).href;
      await img.decode();
      return { path: new URL(img.src).pathname, width: img.naturalWidth, height: img.naturalHeight };
    });
    expect(card).toEqual({ path: `${BASE}social/arithmetic.png`, width: 1200, height: 630 });
    await page.locator('.chapter-nav a[rel="next"]').click();
    await page.waitForURL((u) => u.pathname === `${BASE}multimodal/` && u.searchParams.get('gpuPriceCut') === '0.1');
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    const missing = await page.goto(`${server.url}no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('a[href="/essay/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
