// Every internal link and anchor in the built site resolves.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PAGES, readPage } from '../support/dist';

describe.each(PAGES)('page /%s', (path) => {
  const page = readPage(path);

  it('links only to pages and anchors that exist', () => {
    for (const a of page.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^[a-z]+:/i.test(href)) continue; // another site
      const url = new URL(href, `http://site/${path}`);
      const file = url.pathname.endsWith('/') ? join(DIST, url.pathname, 'index.html') : join(DIST, url.pathname);
      expect(existsSync(file), href).toBe(true);
      if (url.hash) {
        const target = url.pathname === `/${path}` ? page : readPage(url.pathname.slice(1));
        expect(target.getElementById(decodeURIComponent(url.hash.slice(1))), href).not.toBeNull();
      }
    }
  });

  it('links to other sites only over https', () => {
    for (const a of page.querySelectorAll('a[href^="http"]')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
