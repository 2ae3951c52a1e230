/** sitemap.xml: every page, with absolute addresses from SITE_URL and BASE_PATH. */
import { CHAPTER_SLUGS } from '../lib/model/chapters';
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const paths = ['', ...CHAPTER_SLUGS.map((s) => `${s}/`), 'hindsight/'];
  const urls = paths.map((p) => `  <url><loc>${new URL(sitePath(base, p), site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
