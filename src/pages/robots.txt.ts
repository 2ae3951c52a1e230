/**
 * robots.txt: everything may be indexed; the sitemap is named by its absolute address, when the
 * site's origin is known (otherwise there is no sitemap, see [sitemap].xml.ts).
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(sitePath(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain' } });
};
