/**
 * After the build, gives every page a strict Content-Security-Policy (as a
 * <meta http-equiv>, which any static host serves) and writes `_headers` for
 * hosts that read it (Netlify, Cloudflare Pages) with the same policy plus
 * the headers a meta tag cannot carry. Inline scripts are allowed by hash
 * only; nothing may load from another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './built-pages';
import { inlineScripts } from './built-scripts.mjs';

/** sha256 hashes of the page's inline scripts, as CSP sources. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const code of inlineScripts(html)) hashes.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  return [...hashes].sort();
}

/**
 * The policy. Styles allow 'unsafe-inline' because Observable Plot writes
 * style attributes and a <style> into each chart; scripts never do.
 */
export function policy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const EXTRA_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  'X-Frame-Options: DENY',
];

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'essay:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const hashes = inlineScriptHashes(html);
          hashes.forEach((h) => all.add(h));
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
          // Right after the charset, before anything the policy governs.
          writeFileSync(file, html.replace(/<meta charset="utf-8">/i, (m) => `${m}${meta}`));
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${policy([...all].sort())}; frame-ancestors 'none'`,
          ...EXTRA_HEADERS.map((h) => `  ${h}`),
          '',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        writeFileSync(join(root, '_headers'), headers);
      },
    },
  };
}
