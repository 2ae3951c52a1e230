// What a search engine and a social site read, in the build `npm test` makes: one without a site
// address (tests/html/deploy.test.ts builds with one). Every page has its own social card.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, PAGES, readPage } from '../support/dist';
import { filesUnder, pngSize } from '../support/build';

/** The card each page has: home, a chapter's slug, hindsight. */
const cardOf = (path: string) => (path === '' ? 'home' : path.replace(/\/$/, ''));

describe.each(PAGES)('/%s', (path) => {
  const page = readPage(path);
  it('has its title and description for social sites, and no address it cannot know', () => {
    for (const p of ['og:title', 'og:description', 'og:site_name']) {
      expect(page.querySelector(`meta[property="${p}"]`)?.getAttribute('content'), p).toBeTruthy();
    }
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(page.querySelector('h1')?.textContent.trim());
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    for (const p of ['og:url', 'og:image', 'og:image:alt']) expect(page.querySelector(`meta[property="${p}"]`), p).toBeNull();
    expect(page.querySelector('meta[name="twitter:image"]')).toBeNull();
    // Without an image, the large-image card would be empty.
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(page.querySelector('link[rel="sitemap"]')).toBeNull();
  });

  it('has its own social card, 1200×630', () => {
    const file = join(DIST, 'social', `${cardOf(path)}.png`);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });
});

describe('site files', () => {
  it('gives every page a different card, and no other', () => {
    const cards = filesUnder(join(DIST, 'social')).sort();
    expect(cards.map((f) => f.slice(join(DIST, 'social/').length))).toEqual(PAGES.map((p) => `${cardOf(p)}.png`).sort());
    const hashes = new Set(cards.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')));
    expect(hashes.size).toBe(cards.length);
  });

  it('has a 404 page that search engines skip', () => {
    const page = parse(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('writes robots.txt without a Sitemap line, and no sitemap.xml: both need the site’s address', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
  });

  it('ships no placeholder address anywhere', () => {
    for (const file of filesUnder(DIST)) {
      expect(readFileSync(file, 'latin1').includes('example.org'), file).toBe(false);
    }
  });
});
