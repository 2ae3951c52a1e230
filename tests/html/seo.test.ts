// What a deployer and a search engine need: 404, sitemap, robots, canonical and social metadata.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, PAGES, readPage } from '../support/dist';

describe.each(PAGES)('/%s', (path) => {
  const page = readPage(path);
  it('has a canonical address and Open Graph and Twitter metadata with the social image', () => {
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://example.org/${path}`);
    for (const p of ['og:title', 'og:description', 'og:url', 'og:image']) {
      expect(page.querySelector(`meta[property="${p}"]`)?.getAttribute('content'), p).toBeTruthy();
    }
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(page.querySelector('h1')?.textContent.trim());
  });
});

describe('site files', () => {
  it('has a 404 page that search engines skip', () => {
    const page = parse(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('lists every page in sitemap.xml and names it in robots.txt', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const p of PAGES) expect(sitemap).toContain(`<loc>https://example.org/${p}</loc>`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('ships the social image', () => {
    expect(existsSync(join(DIST, 'social.png'))).toBe(true);
    const png = readFileSync(join(DIST, 'social.png'));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
