// Every chapter is written, live and connected to the others.
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { CONCLUSIONS, CONCLUSION_IDS, OUTPUT_IDS, PARAMS, PARAM_IDS } from '../../src/lib/model/numbers';
import { OUTPUTS } from '../../src/lib/model/words';
import { describe, expect, it } from 'vitest';
import { readPage, visibleText } from '../support/dist';

describe.each(CHAPTER_SLUGS)('chapter /%s/', (slug) => {
  const page = readPage(`${slug}/`);

  it('is written, with at least one chart drawn in the static HTML', () => {
    expect(page.querySelector('.chapter-header .kicker')?.textContent).toContain('Chapter');
    const charts = page.querySelectorAll('essay-chart svg');
    expect(charts.length).toBeGreaterThan(0);
    expect(page.querySelector('essay-scenario')).not.toBeNull();
  });

  it('shows every conclusion of its chapter', () => {
    for (const id of CONCLUSION_IDS.filter((c) => CONCLUSIONS[c].chapter === slug)) {
      expect(page.querySelector(`[data-conclusion="${id}"]`), id).not.toBeNull();
    }
  });

  it('shows every output and offers every parameter of its chapter', () => {
    for (const id of OUTPUT_IDS.filter((o) => OUTPUTS[o].chapter === slug)) {
      expect(page.querySelector(`[data-output="${id}"]`), id).not.toBeNull();
    }
    for (const id of PARAM_IDS.filter((p) => PARAMS[p].chapter === slug)) {
      expect(page.querySelector(`[data-param="${id}"]`), id).not.toBeNull();
    }
  });

  it('has previous and next links and a list of sources', () => {
    expect(page.querySelectorAll('.chapter-nav a')).toHaveLength(2);
    expect(page.querySelectorAll('.sources li').length).toBeGreaterThan(0);
    expect(visibleText(page).length).toBeGreaterThan(4000);
  });
});

describe('links between chapters', () => {
  it.each([
    ['multimodal', 'arithmetic'],
    ['moats', 'arithmetic'],
    ['moats', 'rockets'],
    ['customization', 'lifelines'],
    ['rockets', 'arithmetic'],
  ])('/%s/ links to /%s/ where it uses its numbers', (from, to) => {
    const links = readPage(`${from}/`).querySelectorAll(`.prose a[href="/${to}/"]`);
    expect(links.length).toBeGreaterThan(0);
  });
});
