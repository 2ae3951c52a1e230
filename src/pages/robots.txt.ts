/** robots.txt: everything may be indexed; the sitemap is named by its absolute address. */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
