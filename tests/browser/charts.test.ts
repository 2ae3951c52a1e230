// Charts for every width: real text sizes and real label boxes, measured in
// Chromium on every chart of every chapter and the scorecard, at 375 and
// 1200 px, at the essay's numbers and under each preset.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULTS, type Params } from '../../src/lib/model/numbers';
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { PRESETS, type PresetId } from '../../src/lib/presets';
import { encodeScenario } from '../../src/lib/url';
import { openPage, pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const desktop = reusedTab(browser);
const phone = reusedTab(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
const query = (preset: PresetId) => {
  const q = encodeScenario({ ...DEFAULTS, ...PRESETS[preset].values } as Params);
  return q ? `?${q}` : '';
};

/** How many times a chart has been redrawn in the browser (its `data-rendered`; 0 while it shows the build's drawing). */
const redraws = async (chart: Locator) => Number((await chart.getAttribute('data-rendered')) ?? 0);

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
  const tab = reusedTab(browser, { viewport: { width, height: 900 } });

  describe.each(PRESET_IDS)('under the preset “%s”', (preset) => {
    it.each(CHAPTER_SLUGS)('/%s/: chart text at least 12 px, labels that never overprint, a takeaway on top', async (slug) => {
      const page = await tab.open(`${slug}/${query(preset)}`);
      const charts = await measureCharts(page, 'essay-chart', preset !== 'essay');
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.texts, c.chart).toBeGreaterThan(3);
        expect(c.smallest, c.chart).toBeGreaterThanOrEqual(12 - 0.05);
        expect(c.overlaps, c.chart).toEqual([]);
        expect(c.takeaway.length, c.chart).toBeGreaterThan(10);
      }
      expect(pageErrors(page)).toEqual([]);
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

describe('redrawing while the reader works', () => {
  it('redraws a chart in view once for a burst of steps, and one out of view once, when idle', async () => {
    const page = await desktop.open('arithmetic/');
    const charts = page.locator('essay-chart');
    expect(await charts.count()).toBeGreaterThan(1);
    const number = page.locator('.prose [role="slider"][data-param="targetMfu"]');
    await number.scrollIntoViewIfNeeded();
    // A first step fetches Plot and the chart words; every chart is redrawn once (in view, or when idle).
    await number.press('ArrowRight');
    await expect.poll(() => charts.evaluateAll((els) => els.every((e) => e.hasAttribute('data-rendered')))).toBe(true);
    await page.locator('essay-chart[data-chart="levers"]').scrollIntoViewIfNeeded();

    const counts = await number.evaluate(async (el) => {
      const all = [...document.querySelectorAll<HTMLElement>('essay-chart')];
      const inView = (c: Element) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      const before = all.map((c) => Number(c.dataset.rendered));
      const writes = all.map(() => 0);
      all.forEach((c, i) => {
        const desc = c.querySelector('[data-chart-description]');
        if (desc) new MutationObserver(() => (writes[i] = (writes[i] ?? 0) + 1)).observe(desc, { childList: true, characterData: true, subtree: true });
      });
      for (let i = 0; i < 10; i++) el.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, cancelable: true }));
      // Until every chart has caught up (the ones out of view wait for an idle moment).
      const deadline = performance.now() + 10_000;
      while (all.some((c, i) => Number(c.dataset.rendered) === before[i]) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      return all.map((c, i) => ({ chart: c.dataset.chart, inView: inView(c), redraws: Number(c.dataset.rendered) - (before[i] ?? 0), wordWrites: writes[i] }));
    });
    expect(counts.some((c) => c.inView)).toBe(true);
    expect(counts.some((c) => !c.inView)).toBe(true);
    for (const c of counts) {
      expect(c.redraws, c.chart).toBe(1);
      expect(c.wordWrites, c.chart).toBeLessThanOrEqual(1);
    }
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a redraw', () => {
  it('changes the drawing on the page in place, and a closed data table catches up when it is opened', async () => {
    const page = await desktop.open('arithmetic/');
    const chart = page.locator('essay-chart[data-chart="levers"]');
    const number = page.locator('.prose [role="slider"][data-param="targetMfu"]');
    const table = chart.locator('details.chart-data');
    const built = await table.locator('tbody').textContent();
    const rendered = () => redraws(chart);
    const step = async (key: string) => {
      const before = await rendered();
      await number.press(key);
      await expect.poll(rendered).toBeGreaterThan(before);
    };

    // The table open while the scenario changes: written with the drawing.
    await chart.scrollIntoViewIfNeeded();
    await table.locator('summary').click();
    await step('ArrowRight');
    await chart.evaluate((el) => ((window as unknown as { drawing: Element | null }).drawing = el.querySelector('svg')));
    const takeaway = await chart.locator('svg .takeaway').textContent();
    await step('ArrowRight');
    const live = await table.locator('tbody').textContent();
    expect(live).not.toBe(built);
    // The same SVG element, brought up to date: its text follows the scenario.
    expect(await chart.evaluate((el) => el.querySelector('svg') === (window as unknown as { drawing: Element | null }).drawing)).toBe(true);
    expect(await chart.locator('svg').count()).toBe(1);
    expect(await chart.locator('svg .takeaway').textContent()).not.toBe(takeaway);

    // Closed, it is left alone while the reader works; opened, it shows the new scenario,
    // as it does when written live (a step away and back with the table open).
    await table.locator('summary').click();
    await step('ArrowRight');
    await table.locator('summary').click();
    await expect.poll(() => table.locator('tbody').textContent()).not.toBe(live);
    const caughtUp = await table.locator('tbody').textContent();
    await step('ArrowLeft');
    expect(await table.locator('tbody').textContent()).toBe(live);
    await step('ArrowRight');
    expect(await table.locator('tbody').textContent()).toBe(caughtUp);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('drawing ahead', () => {
  /**
   * Waits until the page has had an idle moment (or a second has passed): the drawings made ahead, in
   * tasks right after the frame, are done by then.
   */
  const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 1000 })));
  const drawnAhead = (page: Page, chart: string) => page.locator(`essay-chart[data-chart="${chart}"]`).evaluate((el: HTMLElement) => Number(el.dataset.drawnAhead ?? 0));
  const shownDrawing = (page: Page, chart: string) => page.locator(`essay-chart[data-chart="${chart}"] [data-chart-svg]`).evaluate((el) => el.innerHTML);

  /** Focuses a number with its chart in view, and steps it with real key presses, each once the page is idle. */
  async function steps(page: Page, chart: string, number: string, keys: string[]): Promise<number[]> {
    const target = page.locator(`essay-chart[data-chart="${chart}"]`);
    await target.scrollIntoViewIfNeeded();
    await page.locator(number).evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    const counts: number[] = [];
    for (const key of keys) {
      const before = await redraws(target);
      await page.keyboard.press(key);
      await expect.poll(() => redraws(target)).toBeGreaterThan(before);
      counts.push(await drawnAhead(page, chart));
      await settle(page);
    }
    return counts;
  }

  it.each([
    // An inline number (stepped by the page) and sliders (stepped by the browser), linear and log-scaled.
    { path: 'arithmetic/', chart: 'levers', number: '.prose [role="slider"][data-param="targetMfu"]', param: 'targetMfu' },
    { path: 'moats/', chart: 'switching', number: 'input[type="range"][data-param="qualityGapPct"]', param: 'qualityGapPct' },
    { path: 'customization/', chart: 'customVsApi', number: 'input[type="range"][data-param="monthlyTokens"]', param: 'monthlyTokens' },
  ])('shows, after a key step on $param, the drawing made ahead for the next, the same as one drawn afresh', async ({ path, chart, number, param }) => {
    const page = await desktop.open(path);
    // The first step fetches Plot and draws; the next ones, either way, find their drawing made.
    expect(await steps(page, chart, number, ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft'])).toEqual([0, 1, 2, 3]);
    const value = Number(await page.locator(number).getAttribute('data-value'));
    expect(value).not.toBe(DEFAULTS[param as keyof Params]);
    const shown = await shownDrawing(page, chart);
    expect(pageErrors(page)).toEqual([]);

    // The same scenario opened from a link: its chart is drawn for it (when idle), by Plot.
    const fresh = await desktop.open(`${path}?${encodeScenario({ ...DEFAULTS, [param]: value } as Params)}`);
    const target = fresh.locator(`essay-chart[data-chart="${chart}"]`);
    await target.scrollIntoViewIfNeeded();
    await expect.poll(() => target.getAttribute('data-rendered')).not.toBeNull();
    expect(await drawnAhead(fresh, chart)).toBe(0);
    expect(await shownDrawing(fresh, chart)).toBe(shown);
  });

  it('draws nothing ahead while a number is dragged, or for a change made by other means', async () => {
    const page = await desktop.open('moats/');
    const chart = page.locator('essay-chart[data-chart="switching"]');
    const slider = 'input[type="range"][data-param="qualityGapPct"]';
    const rendered = () => redraws(chart);
    // The slider in the middle of the screen, its chart under it, in view.
    await page.locator(slider).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    expect(await chart.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    // A drag: the pointer held down on the slider, moved in steps, each drawn; then let go.
    const box = (await page.locator(slider).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 4; i++) {
      const before = await rendered();
      await page.mouse.move(box.x + box.width / 2 + i * 20, y);
      await expect.poll(rendered).toBeGreaterThan(before);
    }
    await settle(page);
    await page.mouse.up();
    expect(await page.locator(slider).evaluate((el) => el === document.activeElement)).toBe(true);
    // The first key step after the drag is drawn when it comes; the next, ahead.
    expect(await steps(page, 'switching', slider, ['ArrowRight', 'ArrowRight'])).toEqual([0, 1]);

    // A typed value (the focus in the exact-value field): nothing is drawn ahead for the slider's next step.
    const before = await rendered();
    const entry = page.locator('essay-param:has([data-param="qualityGapPct"]) input[data-entry]');
    await entry.fill('30');
    await entry.press('Enter');
    await expect.poll(rendered).toBeGreaterThan(before);
    await settle(page);
    expect(await steps(page, 'switching', slider, ['ArrowRight'])).toEqual([1]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('blocks of prose far from the window', () => {
  /** Each block of the prose: where it is on the page, whether it is marked far, and whether it is drawn now. */
  const blocks = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.prose > *')].map((b) => {
        const r = b.getBoundingClientRect();
        const inside = [...b.querySelectorAll('*')];
        return {
          tag: b.localName,
          box: `${Math.round(r.top + scrollY)} ${Math.round(r.height)}`,
          far: b.dataset.far !== undefined,
          // Undrawn, nothing inside it is visible.
          drawn: inside.length === 0 || inside.some((e) => e.checkVisibility({ contentVisibilityAuto: true })),
          conclusion: b.matches('essay-conclusion') || b.querySelector('essay-conclusion') !== null,
          away: Math.max(0, r.top - innerHeight, -r.bottom) / innerHeight,
        };
      }),
    );

  /**
   * Steps the first number of the prose up and back with real key presses (its text is the essay's
   * again; the charts' code is here), and waits until more than `atLeast` blocks are marked far.
   */
  async function stepAndMark(page: Page, atLeast: number): Promise<void> {
    await page.locator('.prose [role="slider"][data-param]').first().focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.prose > [data-far]').count()).toBeGreaterThan(atLeast);
  }

  it('are left undrawn once a number changes, each in its place, while the blocks in view, headings and conclusions are drawn', async () => {
    const page = await desktop.open('arithmetic/');
    const before = await blocks(page);
    expect(before.filter((b) => b.far || !b.drawn)).toEqual([]);
    await stepAndMark(page, 5);
    const after = await blocks(page);
    // Nothing moved: an undrawn block keeps the height it had when drawn.
    expect(after.map((b) => b.box)).toEqual(before.map((b) => b.box));
    for (const b of after) {
      if (b.far) expect(b.away, 'marked only when more than two windows away').toBeGreaterThan(2);
      if (b.far && b.away > 1.5) expect(b.drawn, 'far beyond the browser’s margin: undrawn').toBe(false);
      if (b.away === 0) expect(b.drawn, 'in view: drawn').toBe(true);
      if (b.tag === 'h2' || b.conclusion) expect(b.far, `${b.tag} never marked`).toBe(false);
    }
    expect(after.filter((b) => !b.drawn).length).toBeGreaterThan(5);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(CHAPTER_SLUGS)('on /%s/ on a phone, are marked without moving anything', async (slug) => {
    // Once the page's own elements are all here (the moats' table is fetched on its page, and takes its size when it comes).
    const page = await phone.open(`${slug}/`, 'networkidle');
    const before = await blocks(page);
    await stepAndMark(page, 0);
    expect((await blocks(page)).map((b) => b.box)).toEqual(before.map((b) => b.box));
    expect(pageErrors(page)).toEqual([]);
  });

  it('are drawn again when the reader gets there, a number’s origin note whole below its line', async () => {
    const page = await desktop.open('arithmetic/');
    await stepAndMark(page, 5);
    // The number of a marked block nearest its bottom edge: its note hangs below the block, where a clip would cut it.
    const target = await page.evaluate(() => {
      const numbers = [...document.querySelectorAll<HTMLElement>('.prose > [data-far] .num-wrap > [tabindex="0"]')];
      const gap = (n: HTMLElement) => n.closest('.prose > *')!.getBoundingClientRect().bottom - n.getBoundingClientRect().bottom;
      const nearest = numbers.sort((a, b) => gap(a) - gap(b))[0];
      if (nearest) nearest.dataset.testTarget = '';
      return nearest !== undefined;
    });
    expect(target).toBe(true);
    const number = page.locator('[data-test-target]');
    await number.scrollIntoViewIfNeeded();
    await number.focus();
    const note = page.locator('.num-wrap:focus-within > .origin');
    await note.waitFor({ state: 'visible' });
    await note.scrollIntoViewIfNeeded();
    const shown = await note.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const block = el.closest('.prose > *')!.getBoundingClientRect();
      const corners = [
        [r.left + 3, r.bottom - 3],
        [r.right - 3, r.bottom - 3],
      ];
      return { below: r.bottom - block.bottom, whole: corners.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!))) };
    });
    expect(shown.below, 'the note reaches below its block').toBeGreaterThan(16);
    expect(shown.whole).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
