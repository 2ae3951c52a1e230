// Where the built site's absolute addresses point: SITE_URL, a host's own build variables, or none.
import { describe, expect, it } from 'vitest';
import { SiteAddressError, missingAddressWarning, normaliseBasePath, parseOrigin, resolveSiteAddress } from '../../src/lib/site-address';

describe('SITE_URL', () => {
  it('accepts an https origin, with or without its slash, and a local http address', () => {
    expect(parseOrigin('https://me.github.io', 'SITE_URL')).toBe('https://me.github.io');
    expect(parseOrigin('https://Essay.Example.org/', 'SITE_URL')).toBe('https://essay.example.org');
    expect(parseOrigin('https://essay.example.org:8443', 'SITE_URL')).toBe('https://essay.example.org:8443');
    expect(parseOrigin('http://localhost:4321', 'SITE_URL')).toBe('http://localhost:4321');
  });

  it.each([
    ['me.github.io', 'not an address'],
    ['http://me.github.io', 'expected an absolute https: address'],
    ['ftp://me.github.io', 'expected an absolute https: address'],
    ['https://me.github.io/essay/', 'carries the path "/essay/": put a sub-path in BASE_PATH instead (BASE_PATH=/essay/)'],
    ['https://me.github.io/?x=1', 'expected an absolute https: address'],
    ['https://me.github.io/#top', 'expected an absolute https: address'],
    ['https://user:pw@me.github.io', 'expected an absolute https: address'],
  ])('refuses %s, saying what was expected', (value, message) => {
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(SiteAddressError);
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(message);
    expect(() => parseOrigin(value, 'SITE_URL')).toThrow(`SITE_URL is "${value}"`);
  });
});

describe('BASE_PATH', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/essay/', '/essay/'],
    ['/essay', '/essay/'],
    ['essay/', '/essay/'],
    ['essay', '/essay/'],
    ['  /essay  ', '/essay/'],
    ['/my-repo', '/my-repo/'],
    ['//docs//essay//', '/docs/essay/'],
  ])('normalises %j to %s', (value, expected) => {
    expect(normaliseBasePath(value)).toBe(expected);
  });

  it.each(['https://me.github.io/essay/', '/essay/../x/', '/my essay/', '/essay?x=1', '/essay#top'])('refuses %j, saying what was expected', (value) => {
    expect(() => normaliseBasePath(value)).toThrow(SiteAddressError);
    expect(() => normaliseBasePath(value)).toThrow('expected the sub-path the site is served under, such as /essay/');
  });
});

describe('the site’s origin', () => {
  it('is SITE_URL when set, whatever the host says', () => {
    expect(resolveSiteAddress({ SITE_URL: 'https://essay.example.org', NETLIFY: 'true', URL: 'https://x.netlify.app' })).toEqual({
      origin: 'https://essay.example.org',
      from: 'SITE_URL',
    });
  });

  it('is Netlify’s URL on Netlify', () => {
    expect(resolveSiteAddress({ NETLIFY: 'true', URL: 'https://petsof.netlify.app', DEPLOY_URL: 'https://5b24--petsof.netlify.app' })).toEqual({
      origin: 'https://petsof.netlify.app',
      from: 'Netlify (URL)',
    });
  });

  it('is the production domain on Vercel, not the deployment’s own address', () => {
    expect(resolveSiteAddress({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'essay.example.org', VERCEL_URL: 'essay-abc123.vercel.app' })).toEqual({
      origin: 'https://essay.example.org',
      from: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)',
    });
  });

  it('is the project’s pages.dev address on Cloudflare Pages, with a note about custom domains', () => {
    const a = resolveSiteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://373f31e2.user-example.pages.dev' });
    expect(a.origin).toBe('https://user-example.pages.dev');
    expect(a.from).toBe('Cloudflare Pages (CF_PAGES_URL)');
    expect(a.note).toContain('custom domain, set SITE_URL');
  });

  it('is unknown elsewhere, with an empty SITE_URL, or where a host’s address is not the documented form', () => {
    expect(resolveSiteAddress({}).origin).toBeUndefined();
    expect(resolveSiteAddress({ SITE_URL: '  ' }).origin).toBeUndefined();
    expect(resolveSiteAddress({ URL: 'https://not-netlify.example' }).origin).toBeUndefined();
    expect(resolveSiteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://preview.example.org' }).origin).toBeUndefined();
    expect(resolveSiteAddress({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'me/essay' }).origin).toBeUndefined();
  });

  it('refuses a malformed address from a host as from SITE_URL', () => {
    expect(() => resolveSiteAddress({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'essay.example.org/path' })).toThrow('VERCEL_PROJECT_PRODUCTION_URL');
  });
});

describe('the warning of a build without an address', () => {
  it('says what was left out and how to set it', () => {
    const w = missingAddressWarning({});
    for (const s of ['canonical links', 'og:image', 'sitemap.xml', 'robots.txt', 'SITE_URL=https://', 'docs/DEPLOY.md']) expect(w).toContain(s);
    expect(w).not.toContain('configure-pages');
    expect(missingAddressWarning({ GITHUB_ACTIONS: 'true' })).toContain('actions/configure-pages');
  });
});
