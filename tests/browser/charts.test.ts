// Charts for every width: real text sizes and real label boxes, measured in
// Chromium on every chart of every chapter and the scorecard, at 375 and
// 1200 px, at the essay's numbers and under each preset.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULTS, type Params } from '../../src/lib/model/numbers';
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { PRESETS, type PresetId } from '../../src/lib/presets';
import { encodeScenario } from '../../src/lib/url';
import { openPage, pageErrors, useBrowser } from '../support/browser';

const browser = useBrowser();
const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
const query = (preset: PresetId) => {
  const q = encodeScenario({ ...DEFAULTS, ...PRESETS[preset].values } as Params);
  return q ? `?${q}` : '';
};

interface Measured {
  chart: string;
  /** The smallest text on the chart in CSS pixels as shown (font size × the drawing's scale). */
  smallest: number;
  texts: number;
  overlaps: string[];
  takeaway: string;
}

/** Scrolls each chart into view, waits for its redraw when the scenario differs, and measures its visible drawing. */
async function measureCharts(page: Page, selector: string, redrawn: boolean): Promise<Measured[]> {
  const charts = page.locator(selector);
  const out: Measured[] = [];
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    if (redrawn) await expect.poll(() => chart.getAttribute('data-rendered'), { timeout: 30_000 }).not.toBeNull();
    out.push(
      await chart.evaluate((el) => {
        const svg = [...el.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
        if (!svg) return { chart: el.getAttribute('data-chart') ?? '', smallest: 0, texts: 0, overlaps: ['no visible drawing'], takeaway: '' };
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
        const smallest = Math.min(...texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale));
        const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const overlaps: string[] = [];
        for (let a = 0; a < boxes.length; a++) {
          for (let b = a + 1; b < boxes.length; b++) {
            const p = boxes[a]!.box;
            const q = boxes[b]!.box;
            // Boxes that share less than a pixel either way do not overprint.
            const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            if (x > 1 && y > 1) overlaps.push(`“${boxes[a]!.text}” × “${boxes[b]!.text}”`);
          }
        }
        return { chart: el.getAttribute('data-chart') ?? 'scorecard', smallest, texts: texts.length, overlaps, takeaway: svg.querySelector('.takeaway')?.textContent ?? '' };
      }),
    );
  }
  return out;
}

describe.each([375, 1200])('at %i px', (width) => {
  describe.each(PRESET_IDS)('under the preset “%s”', (preset) => {
    it.each(CHAPTER_SLUGS)('/%s/: chart text at least 12 px, labels that never overprint, a takeaway on top', async (slug) => {
      const page = await openPage(browser(), `${slug}/${query(preset)}`, { viewport: { width, height: 900 } });
      const charts = await measureCharts(page, 'essay-chart', preset !== 'essay');
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.texts, c.chart).toBeGreaterThan(3);
        expect(c.smallest, c.chart).toBeGreaterThanOrEqual(12 - 0.05);
        expect(c.overlaps, c.chart).toEqual([]);
        expect(c.takeaway.length, c.chart).toBeGreaterThan(10);
      }
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  });
});

describe('the scorecard’s chart', () => {
  it.each([375, 1200])('at %i px has text at least 12 px and labels that never overprint', async (width) => {
    const page = await openPage(browser(), 'hindsight/', { viewport: { width, height: 900 } });
    const [chart] = await measureCharts(page, '.predictions-chart', false);
    expect(chart?.smallest).toBeGreaterThanOrEqual(12 - 0.05);
    expect(chart?.overlaps).toEqual([]);
    // No browser-default figure margins: the chart lines up with the text column.
    const [figure, main] = await page.evaluate(() => {
      const column = document.querySelector('main')!;
      return [document.querySelector('.predictions-chart')!.getBoundingClientRect().left, column.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(column).paddingLeft)];
    });
    expect(Math.abs((figure ?? 0) - (main ?? 0))).toBeLessThanOrEqual(16);
    await page.context().close();
  });
});

describe('on a 320 px phone', () => {
  it('redraws a chart for its narrower column without moving anything (height reserved), text never under 11 px', async () => {
    const page = await openPage(browser(), 'arithmetic/', { viewport: { width: 320, height: 700 } });
    const chart = page.locator('essay-chart[data-chart="levers"]');
    await chart.scrollIntoViewIfNeeded();
    const before = await chart.evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(() => chart.getAttribute('data-rendered'), { timeout: 30_000 }).not.toBeNull();
    const after = await chart.evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(after - before)).toBeLessThan(1);
    const [measured] = await measureCharts(page, 'essay-chart[data-chart="levers"]', false);
    expect(measured?.smallest).toBeGreaterThanOrEqual(12 - 0.05);
    expect(measured?.overlaps).toEqual([]);
    await page.context().close();
  });

  it('keeps the build’s drawing, with text of at least 11 px, where no redraw is due (a 360 px phone)', async () => {
    const page = await openPage(browser(), 'arithmetic/', { viewport: { width: 360, height: 700 } });
    const [measured] = await measureCharts(page, 'essay-chart[data-chart="levers"]', false);
    expect(measured?.smallest).toBeGreaterThanOrEqual(11);
    await page.context().close();
  });
});
