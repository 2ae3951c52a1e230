// A chapter must not type by hand a figure the model computes or a source gives:
// those belong in <Out>, <Scrub> or <Fact>, where they stay live and show their origin.
// Quoted phrases of the essay's own are allowed, each listed here with its reason.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/dist';

const CONTENT = join(ROOT, 'src/content');

/** Figures allowed as typed text: file → [the text, why]. */
const ALLOWED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'chapters/multimodal.mdx': [['5–10×', 'a quoted phrase of the essay, marked and attributed']],
};

/** A number with a unit or a magnitude: $18M, 30%, 9.5×, 280B, 108 days, 25,000 GPUs. */
const FIGURE = /(?:[$¥]\s?\d[\d,.]*(?:\s?[KMBT]\b)?|\b\d[\d,.]*(?:[–-]\d[\d,.]*)?(?:\s?%|\s?×|[KMBT]\b|\s(?:days?|months?|years?|GPUs|GPU-hours|parameters|tokens|FLOPs?)\b))/g;

function prose(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  return body.split('\n').map((line) =>
    line
      .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // self-closing components: live values
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // other tags: keep their words
      .replace(/`[^`]*`/g, ' '),
  );
}

function mdxFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.mdx') ? [`${prefix}${e.name}`] : [],
  );
}

describe('figures typed by hand in the prose', () => {
  it.each(mdxFiles(CONTENT))('%s has none outside the allowlist', (file) => {
    const allowed = (ALLOWED[file] ?? []).map(([text]) => text);
    const found: string[] = [];
    prose(readFileSync(join(CONTENT, file), 'utf8')).forEach((line, i) => {
      for (const m of line.matchAll(FIGURE)) {
        if (!allowed.includes(m[0].trim())) found.push(`${file}:${i + 1}: “${m[0].trim()}”`);
      }
    });
    expect(found).toEqual([]);
  });

  it('catches a typed figure', () => {
    const lines = prose('The run cost $64.8M over 108 days on 25,000 GPUs at 30% efficiency.');
    expect(lines.flatMap((l) => [...l.matchAll(FIGURE)].map((m) => m[0].trim()))).toEqual(['$64.8M', '108 days', '25,000 GPUs', '30%']);
    expect(prose('It costs <Out id="trainingCostUsd" /> in all.')[0]?.match(FIGURE)).toBeNull();
  });
});
