// A chapter must not type by hand a figure the model computes or a source gives:
// those belong in <Out>, <Scrub> or <Fact>, where they stay live and show their origin.
// The build refuses one (src/lib/content-check.ts); quoted phrases of the essay's own are
// allowed there, each with its reason.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/dist';
import { ALLOWED_FIGURES, FIGURE, prose, typedFigures } from '../../src/lib/content-check';

const CONTENT = join(ROOT, 'src/content');

function mdxFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.mdx') ? [`${prefix}${e.name}`] : [],
  );
}

const figures = (text: string) => prose(text).flatMap((l) => [...l.matchAll(FIGURE)].map((m) => m[0].trim()));

describe('figures typed by hand in the prose', () => {
  it.each(mdxFiles(CONTENT))('%s has none outside the allowlist', (file) => {
    const allowed = (ALLOWED_FIGURES[file] ?? []).map(([text]) => text);
    expect(typedFigures(readFileSync(join(CONTENT, file), 'utf8'), file, allowed).map((e) => e.message)).toEqual([]);
  });

  it('catches a typed figure', () => {
    expect(figures('The run cost $64.8M over 108 days on 25,000 GPUs at 30% efficiency.')).toEqual(['$64.8M', '108 days', '25,000 GPUs', '30%']);
    expect(prose('It costs <Out id="trainingCostUsd" /> in all.')[0]?.match(FIGURE)).toBeNull();
  });

  it('catches a figure written in words', () => {
    expect(figures('Efficiency rose to 30 per cent, or 45 percent, and the round was 99.9 million dollars.')).toEqual(['30 per cent', '45 percent', '99.9 million dollars']);
    expect(figures('A round of 2 billion yuan, $3 million, 13 trillion tokens.')).toEqual(['2 billion yuan', '$3 million', '13 trillion tokens']);
    expect(figures('Two months, ten times, the 1990s, section 3.')).toEqual([]);
  });

  it('names the file and line and says what to use instead', () => {
    const [error] = typedFigures('---\ntitle: x\n---\n\nIt reached 30 per cent.', 'src/content/chapters/x.mdx');
    expect(error?.message).toContain('src/content/chapters/x.mdx:5: “30 per cent” is a figure typed by hand. Use <Out>, <Scrub> or <Fact>');
  });
});
