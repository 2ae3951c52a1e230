// Deploying: scratch builds with and without a site address, as a host's build would make them,
// and with a deployer's mistakes in SITE_URL or BASE_PATH.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { PAGES } from '../support/dist';
import { buildSite, filesUnder, pngSize, type BuildResult } from '../support/build';

const WARNING = 'No site address is known';
const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-deploy-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const page = (out: string, path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const meta = (out: string, path: string, key: string) =>
  page(out, path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('a build on Netlify, under a sub-path written without its slashes', () => {
  let out: string;
  let build: BuildResult;
  beforeAll(() => {
    out = scratch();
    // Netlify's own build variables; no SITE_URL.
    build = buildSite(out, { NETLIFY: 'true', URL: 'https://essay-test.netlify.app', BASE_PATH: 'essay' });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.output}`);
  }, 300_000);

  it('takes the address from Netlify and says so at the end, without the warning', () => {
    expect(build.output).toContain('Absolute addresses use https://essay-test.netlify.app (from Netlify (URL))');
    expect(build.output).not.toContain(WARNING);
  });

  it.each(PAGES)('gives /%s its canonical address and its own card, under /essay/', (path) => {
    const card = path === '' ? 'home' : path.replace(/\/$/, '');
    const p = page(out, path);
    expect(p.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://essay-test.netlify.app/essay/${path}`);
    expect(meta(out, path, 'og:url')).toBe(`https://essay-test.netlify.app/essay/${path}`);
    expect(meta(out, path, 'og:image')).toBe(`https://essay-test.netlify.app/essay/social/${card}.png`);
    expect(meta(out, path, 'twitter:image')).toBe(`https://essay-test.netlify.app/essay/social/${card}.png`);
    expect(meta(out, path, 'twitter:card')).toBe('summary_large_image');
    expect(meta(out, path, 'og:image:width')).toBe('1200');
    expect(meta(out, path, 'og:image:height')).toBe('630');
    expect(pngSize(join(out, 'social', `${card}.png`))).toEqual({ width: 1200, height: 630 });
    // The text alternative describes this page's card: its title first.
    const title = p.querySelector('h1')?.textContent.trim() ?? '';
    expect(meta(out, path, 'og:image:alt')?.startsWith(`${title}. `)).toBe(true);
    expect(meta(out, path, 'twitter:image:alt')).toBe(meta(out, path, 'og:image:alt'));
    expect(p.querySelector('link[rel="sitemap"]')?.getAttribute('href')).toBe('/essay/sitemap.xml');
  });

  it('puts the headline figure at the essay’s numbers into the card’s description', () => {
    // The arithmetic chapter's headline is the training cost, shown in the page's dek.
    const dek = page(out, 'arithmetic/').querySelector('.dek essay-out')?.textContent.trim() ?? '';
    expect(dek).toMatch(/^\$\d/);
    expect(meta(out, 'arithmetic/', 'og:image:alt')).toContain(`${dek}: training cost, at the essay’s numbers.`);
    // The scorecard's figure is its tally, as the page shows it.
    const scorecard = page(out, 'hindsight/');
    const hits = scorecard.querySelector('[data-tally-text="hits"]')?.textContent;
    const decided = scorecard.querySelector('[data-tally-text="decided"]')?.textContent;
    expect(meta(out, 'hindsight/', 'og:image:alt')).toContain(` ${hits} of ${decided}: forecasts with a clean verdict borne out`);
  });

  it('lists every page in sitemap.xml and names it in robots.txt', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const p of PAGES) expect(sitemap).toContain(`<loc>https://essay-test.netlify.app/essay/${p}</loc>`);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://essay-test.netlify.app/essay/sitemap.xml');
  });
});

describe('a build with no address anywhere', () => {
  let out: string;
  let build: BuildResult;
  beforeAll(() => {
    out = scratch();
    build = buildSite(out);
    if (build.status !== 0) throw new Error(`The build failed:\n${build.output}`);
  }, 300_000);

  it('ends with one warning saying what was left out and how to set it', () => {
    expect(build.output.split(WARNING).length - 1).toBe(1);
    const warning = build.output.slice(build.output.indexOf(WARNING));
    expect(warning).toContain('canonical links');
    expect(warning).toContain('SITE_URL=https://');
    // After every page is written: the last thing but the build's own summary.
    expect(warning).not.toMatch(/index\.html/);
  });

  it('ships no placeholder address, no canonical link and no absolute social URL', () => {
    for (const file of filesUnder(out)) expect(readFileSync(file, 'latin1').includes('example.org'), file).toBe(false);
    for (const path of PAGES) {
      expect(page(out, path).querySelector('link[rel="canonical"]'), path).toBeNull();
      expect(meta(out, path, 'og:image'), path).toBeUndefined();
      expect(meta(out, path, 'og:url'), path).toBeUndefined();
    }
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    // The cards are still drawn, ready for a build that knows its address.
    expect(pngSize(join(out, 'social/arithmetic.png'))).toEqual({ width: 1200, height: 630 });
  });
});

describe('a deployer’s mistake stops the build, saying what was expected', () => {
  it.each([
    [{ SITE_URL: 'me.github.io' }, 'SITE_URL is "me.github.io", which is not an address: expected an absolute https: address'],
    [{ SITE_URL: 'http://me.github.io' }, 'SITE_URL is "http://me.github.io": expected an absolute https: address'],
    [{ SITE_URL: 'https://me.github.io/essay/' }, 'put a sub-path in BASE_PATH instead (BASE_PATH=/essay/)'],
    [{ BASE_PATH: 'https://me.github.io/essay/' }, 'BASE_PATH is "https://me.github.io/essay/": expected the sub-path the site is served under, such as /essay/'],
  ])('%j', (env, message) => {
    const out = scratch();
    const { status, output } = buildSite(out, env);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
