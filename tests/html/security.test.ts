// Every page carries a strict Content-Security-Policy; _headers carries it for hosts that read it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PAGES, readPage } from '../support/dist';

const policyOf = (path: string) => readPage(path).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe.each(PAGES)('/%s', (path) => {
  const policy = policyOf(path);

  it('allows scripts from this site and by hash only', () => {
    const scripts = directive(policy, 'script-src');
    expect(scripts.startsWith("script-src 'self'")).toBe(true);
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it('lists the hash of every inline script, and nothing loads from elsewhere', () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`;
      expect(directive(policy, 'script-src')).toContain(hash);
    }
    expect(policy).not.toMatch(/https?:\/\//);
  });

  it('puts the policy before any script or stylesheet', () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(at).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  });
});

describe('_headers', () => {
  it('repeats the policy with frame-ancestors and the other security headers', () => {
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self'/);
    expect(text).toContain("frame-ancestors 'none'");
    expect(text).toContain('X-Content-Type-Options: nosniff');
    expect(text).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
