// The scorecard in the built HTML: every prediction, the tally, the links from the chapters.
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { VERDICTS } from '../../src/lib/verdicts';
import { binomialTail } from '../../src/lib/model/hindsight';
import { ROOT, readPage } from '../support/dist';

const DIR = join(ROOT, 'src/content/predictions');
const data = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(DIR, f), 'utf8')) }));
const page = readPage('hindsight/');

describe('/hindsight/', () => {
  it('renders every prediction with its verdict, sources and a judge menu', () => {
    const claims = page.querySelectorAll('[data-claim]');
    expect(claims.map((c) => c.getAttribute('data-claim')).sort()).toEqual(data.map((d) => d.id).sort());
    for (const d of data) {
      const el = page.querySelector(`[data-claim="${d.id}"]`);
      expect(el?.getAttribute('data-verdict'), d.id).toBe(d.verdict);
      expect(el?.getAttribute('id')).toBe(d.id);
      expect(el?.querySelectorAll('.claim-sources li').length, d.id).toBe(d.sources.length);
      for (const s of d.sources.filter((x: { url?: string }) => x.url)) {
        expect(el?.querySelector(`a[href="${s.url}"]`), `${d.id} ${s.url}`).not.toBeNull();
      }
      expect(el?.querySelector(`select[data-judge="${d.id}"]`)).not.toBeNull();
    }
  });

  it('tallies the data, and tests the record against a coin', () => {
    for (const v of VERDICTS) {
      expect(page.querySelector(`[data-tally="${v}"]`)?.getAttribute('data-value'), v).toBe(String(data.filter((d) => d.verdict === v).length));
    }
    const hits = data.filter((d) => d.verdict === 'borne-out').length;
    const decided = hits + data.filter((d) => d.verdict === 'not-borne-out').length;
    expect(page.querySelector('[data-tally-text="hits"]')?.textContent).toBe(String(hits));
    expect(page.querySelector('[data-tally-text="decided"]')?.textContent).toBe(String(decided));
    expect(Number(page.querySelector('[data-record-chance]')?.getAttribute('data-value'))).toBeCloseTo(binomialTail(hits, decided, 0.5), 12);
  });

  it('draws the chart of predictions in the static HTML', () => {
    const svg = page.querySelector('[data-predictions-chart] svg');
    expect(svg?.querySelectorAll('circle').length).toBe(data.length);
  });

  it('offers filters for every verdict and every chapter with predictions', () => {
    expect(page.querySelectorAll('button[data-filter-verdict]').map((b) => b.getAttribute('data-filter-verdict'))).toEqual(['all', ...VERDICTS]);
    const chapters = CHAPTER_SLUGS.filter((c) => data.some((d) => d.chapter === c));
    expect(page.querySelectorAll('button[data-filter-chapter]').map((b) => b.getAttribute('data-filter-chapter'))).toEqual(['all', ...chapters]);
  });
});

describe('the chapters link to the scorecard', () => {
  it('has a note in a chapter for every prediction', () => {
    const linked = new Set<string>();
    for (const slug of CHAPTER_SLUGS) {
      for (const a of readPage(`${slug}/`).querySelectorAll('.hindsight-note a[href^="/hindsight/#"]')) {
        linked.add((a.getAttribute('href') ?? '').split('#')[1] ?? '');
      }
    }
    expect([...linked].sort()).toEqual(data.map((d) => d.id).sort());
  });

  it('links the arithmetic chart’s DeepSeek-V3 marker to its prediction', () => {
    const a = readPage('arithmetic/').querySelector('essay-chart[data-chart="levers"] .chart-scorecard a');
    expect(a?.getAttribute('href')).toBe('/hindsight/#gpt4-class-run-3-6m');
  });
});
