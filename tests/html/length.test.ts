// The length budget (issue 11): each chapter at most about 1,100 words of prose a reader reads,
// its dek included; the home page at most about 500. Charts, tables, scorecard boxes, sliders,
// the timeline, tooltips and the conclusion variants not in force are not counted.
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { readPage } from '../support/dist';

const NOT_READ = [
  'script', 'style', '[hidden]', '[role="tooltip"]', '.visually-hidden',
  'figure', 'aside', 'table', 'details', '.param', '.timeline', 'essay-hindsight',
  'option:not([selected])',
].join(', ');

/** Words a reader reads in these elements of the page: tokens with a letter or a digit. */
export function readerWords(page: HTMLElement, selectors: string): number {
  const clone = parse(page.querySelectorAll(selectors).map((e) => e.toString()).join('\n'));
  for (const el of clone.querySelectorAll(NOT_READ)) el.remove();
  return clone.structuredText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('the length budget', () => {
  it.each(CHAPTER_SLUGS)('chapter /%s/ has at most 1,100 words of prose, dek included', (slug) => {
    const words = readerWords(readPage(`${slug}/`), '.chapter-header .dek, .prose');
    expect(words).toBeGreaterThan(400);
    expect(words).toBeLessThanOrEqual(1100);
  });

  it('the home page has at most 500 words of prose, lede included', () => {
    const words = readerWords(readPage(''), '.chapter-header .lede, .prose');
    expect(words).toBeGreaterThan(150);
    expect(words).toBeLessThanOrEqual(500);
  });

  it('counts what a reader reads and nothing else', () => {
    const page = parse(
      '<div class="prose"><p>One two, three.</p><span hidden>four five</span><figure>six</figure>' +
        '<span role="tooltip">seven</span><select><option selected>A100 SXM</option><option>H100 SXM</option></select> — 30%</div>',
    );
    expect(readerWords(page, '.prose')).toBe(6);
  });
});
