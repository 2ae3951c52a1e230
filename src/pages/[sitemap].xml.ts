/**
 * sitemap.xml: every page, with absolute addresses from the site's origin and BASE_PATH. A sitemap
 * may only list absolute addresses, so a build with no known origin writes none (a route with no
 * paths, which is why this file's name is a parameter).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHAPTER_SLUGS } from '../lib/model/chapters';
import { sitePath } from '../lib/paths';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs the site’s address');
  const base = import.meta.env.BASE_URL;
  const paths = ['', ...CHAPTER_SLUGS.map((s) => `${s}/`), 'hindsight/', 'glossary/'];
  const urls = paths.map((p) => `  <url><loc>${new URL(sitePath(base, p), site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
