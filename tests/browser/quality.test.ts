// Quality gates in the browser: same-origin only, no CSP violation, no layout shift, what the
// upgrade and a key step write, and a polite announcement when a conclusion changes.
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { PAGES } from '../support/dist';
import { afterFrames, baseUrl, contractWrites, layoutShift, openPage, pageErrors, reusedTab, useBrowser, waitInPage, watchContractWrites, watchLayoutShift } from '../support/browser';

const browser = useBrowser();

// One tab for every page, each visit a fresh document: the init scripts run again in each.
const tab = reusedTab(browser, { viewport: { width: 1200, height: 900 } }, async (page) => {
  await watchLayoutShift(page);
  await watchContractWrites(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
});

describe.each(PAGES)('/%s', (path) => {
  it('requests nothing from another origin, breaks no policy, and does not shift', async () => {
    const requests: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    (await tab.page()).on('request', record);
    const page = await tab.open(path, 'networkidle');
    await afterFrames(page);
    page.off('request', record);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    // Console errors, CSP violations among them (the init script reports each one as an error).
    expect(pageErrors(page)).toEqual([]);
    expect(await layoutShift(page)).toBe(0);
    // The built page already shows the essay's numbers: the script leaves them as they are (no
    // formatting, no text for the browser to lay out again) and only takes them over.
    expect(await contractWrites(page)).toEqual([]);
  });
});

describe('upgrade', () => {
  it('writes, under a link with a changed number, only that number and what follows from it', async () => {
    // The file's tab watches the contract from every visit's start.
    const page = await tab.open('arithmetic/?gpuCount=50000');
    await afterFrames(page);
    const writes = await contractWrites(page);
    // The number itself, its slider below, its origin note ("yours: 50,000"), and the outputs it moves.
    expect(writes).toEqual(expect.arrayContaining(['param gpuCount', 'origin gpuCount', 'output trainingDays']));
    expect(await page.locator('[data-param="gpuCount"][role="slider"]').first().innerText()).toBe('50,000');
    // Not the numbers it does not move: the cost (hours × price) and the other parameters.
    expect(writes).not.toContain('output trainingCostUsd');
    expect(writes.filter((w) => w.startsWith('param ') || w.startsWith('origin '))).toEqual(['origin gpuCount', 'param gpuCount']);
    expect(pageErrors(page)).toEqual([]);
  });

  it('writes, under a link with the reader’s verdict, only that prediction’s card and row, the tally and the bar', async () => {
    const page = await tab.open('hindsight/?judge.ten-trillion-in-a-year=borne-out');
    await page.waitForFunction(() => customElements.get('essay-hindsight') !== undefined);
    await afterFrames(page);
    const writes = await contractWrites(page);
    // The card and its row, the scorecard's tally and chart, and the bar ("1 verdict yours").
    expect(writes).toEqual(['bar', 'claim ten-trillion-in-a-year', 'scorecard']);
    expect(await page.locator('[data-row-verdict="ten-trillion-in-a-year"]').textContent()).toMatch(/^borne out$/i);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the script', () => {
  /** When the page's first contentful paint came, and when the first file of its loader was asked for (ms). */
  const timing = async (page: Page) => {
    // (Under a scenario link the page may be upgraded before it is first painted.)
    await waitInPage(page, () => performance.getEntriesByName('first-contentful-paint').length > 0, null);
    return page.evaluate(() => {
      const first = document.querySelector<HTMLScriptElement>('script[data-modules]')?.dataset.modules?.split(' ')[0] ?? 'missing';
      const asked = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === first);
      return { paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, asked: asked?.startTime ?? NaN };
    });
  };

  it('is asked for only once the page has painted, at the essay’s numbers', async () => {
    for (const path of ['', 'arithmetic/', 'hindsight/']) {
      const page = await openPage(browser(), path);
      const { paint, asked } = await timing(page);
      expect(paint, path).toBeGreaterThan(0);
      expect(asked, path).toBeGreaterThanOrEqual(paint);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('is asked for at once under a link with a scenario, so the reader’s numbers are not shown late', async () => {
    const page = await openPage(browser(), 'arithmetic/?gpuCount=50000');
    const { paint, asked } = await timing(page);
    expect(asked).toBeLessThan(paint);
    expect(await page.locator('[data-param="gpuCount"][role="slider"]').first().innerText()).toBe('50,000');
    await page.context().close();
  });
});

describe('a key step on a number', () => {
  it('changes the text of every number it moves in place, so the browser shapes that text again and not its paragraph', async () => {
    const page = await tab.open('arithmetic/');
    const number = page.locator('.prose [role="slider"][data-param="gpuCount"]');
    await number.focus();
    const before = await number.innerText();
    // Each number's text node before the step, and what the page does to them during it.
    await page.evaluate(() => {
      const w = window as unknown as { __nodes: Map<Element, Node | null>; __records: MutationRecord[] };
      const numbers = document.querySelectorAll('[data-output], [role="slider"][data-param], [data-origin-now]');
      w.__nodes = new Map([...numbers].map((el) => [el, el.firstChild]));
      w.__records = [];
      new MutationObserver((records) => w.__records.push(...records)).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press('ArrowRight');
    await afterFrames(page);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __nodes: Map<Element, Node | null>; __records: MutationRecord[] };
      const moved = [...w.__nodes].filter(([el, node]) => w.__records.some((r) => r.target === node || r.target === el));
      return {
        moved: moved.map(([el]) => (el as HTMLElement).dataset.output ?? (el as HTMLElement).dataset.param ?? 'origin note'),
        sameNode: moved.every(([el, node]) => el.firstChild === node && el.childNodes.length === 1),
        // A new text node in place of the old one is a change to the element's children.
        replaced: w.__records.filter((r) => r.type === 'childList' && w.__nodes.has(r.target as Element)).length,
      };
    });
    // The number, its origin note and the outputs that follow from the GPU count.
    expect(seen.moved).toEqual(expect.arrayContaining(['gpuCount', 'origin note', 'trainingDays']));
    expect(seen.sameNode).toBe(true);
    expect(seen.replaced).toBe(0);
    expect(await number.innerText()).not.toBe(before);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('announcements', () => {
  it('announces a changed conclusion once, politely, after the reader pauses', async () => {
    const page = await openPage(browser(), 'arithmetic/');
    const live = page.locator('[data-announcer]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.innerText()).toBe('');
    const cut = page.locator('[role="slider"][data-param="gpuPriceCut"]');
    await cut.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => live.innerText(), { timeout: 5000 }).toContain('lands inside that band');
    // The sentence as a reader sees it: not the origin notes of the numbers in it.
    expect(await live.innerText()).not.toMatch(/computed|Computed:|training cost ÷/);
    expect(await live.innerText()).toMatch(/lands inside that band, at \$[\d.]+M\.?$/);
    // Numbers alone are not announced: a change that keeps every conclusion says nothing new.
    await page.evaluate(() => {
      const el = document.querySelector('[data-announcer]');
      if (el) el.textContent = '';
    });
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(1500);
    expect(await live.innerText()).toBe('');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
