// Print, and a reader who arrives by a link: the charts show the reader's scenario without a touch,
// every slider's value prints as text, and every page (the home page too) prints a scenario card.
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors, useBrowser } from '../support/browser';

const browser = useBrowser();
const LINK = 'arithmetic/?v=1&mfu=0.45&gpuCount=5e4&gpu=h100';

describe('a changed scenario arriving by a link', () => {
  it('redraws every chart at idle, without scrolling or any input, and prints them that way', async () => {
    const page = await openPage(browser(), LINK);
    const charts = page.locator('essay-chart');
    const n = await charts.count();
    expect(n).toBeGreaterThan(1);
    // The first chart is below the first screen: nothing on screen asks for Plot.
    expect(await charts.first().evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
    await expect.poll(() => page.locator('essay-chart[data-rendered]').count(), { timeout: 20_000 }).toBe(n);
    expect(await page.locator('essay-chart[data-stale]').count()).toBe(0);
    // The levers chart now draws the scenario's bill, not the essay's $64.8M.
    const bill = await page.locator('[data-output="trainingCostUsd"]').first().innerText();
    expect(bill).not.toBe('$64.8M');
    const levers = page.locator('essay-chart[data-chart="levers"] [data-chart-svg]');
    expect(await levers.textContent()).toContain(bill);
    expect(await levers.textContent()).not.toContain('$64.8M');

    await page.emulateMedia({ media: 'print' });
    expect(await levers.isVisible()).toBe(true);
    expect(await page.locator('essay-chart[data-stale]').count()).toBe(0);
    // The blocks far from the window, left undrawn on screen (skip-far.ts), are all printed.
    expect(await page.locator('.prose > [data-far]').count()).toBeGreaterThan(3);
    const undrawn = await page.evaluate(() => [...document.querySelectorAll('.prose > [data-far]')].filter((b) => getComputedStyle(b).contentVisibility !== 'visible').length);
    expect(undrawn).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('loads no chart code while the scenario is the essay’s', async () => {
    const page = await openPage(browser(), 'arithmetic/');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 3000 })));
    expect(await page.locator('essay-chart[data-rendered]').count()).toBe(0);
    expect(scripts.filter((u) => /plots/.test(u))).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints every slider’s value as text, and hides the sliders themselves', async () => {
    const page = await openPage(browser(), LINK);
    await page.emulateMedia({ media: 'print' });
    const entries = page.locator('essay-param input[data-entry]');
    expect(await entries.count()).toBeGreaterThan(0);
    for (const entry of await entries.all()) {
      expect(await entry.isVisible()).toBe(true);
      expect(await entry.inputValue()).not.toBe('');
    }
    expect(await page.locator('essay-param:has([data-param="mfu"]) input[data-entry]').inputValue()).toBe('45%');
    expect(await page.locator('essay-param input[type="range"]').first().isVisible()).toBe(false);
    expect(await page.locator('.site-menu').isVisible()).toBe(false);
    await page.context().close();
  });

  it('brings the card up to date when the page is next idle after a change, and at once before printing, not within the step', async () => {
    const page = await openPage(browser(), 'arithmetic/');
    await page.evaluate(() => customElements.whenDefined('essay-print-card'));
    const summary = page.locator('essay-print-card [data-print-summary]');
    const number = page.locator('.prose [role="slider"][data-param]').first();
    await number.focus();
    // A key step, then printing straight away, in one task: the step leaves the card alone, printing brings it up to date.
    const step = (key: string) =>
      number.evaluate((el, k) => {
        const text = () => document.querySelector('essay-print-card [data-print-summary]')!.textContent;
        const before = text();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
        const inStep = text();
        dispatchEvent(new Event('beforeprint'));
        return { before, inStep, printing: text() };
      }, key);
    const first = await step('ArrowRight');
    expect(first.inStep).toBe(first.before);
    expect(first.printing).toBe('1 of the essay’s numbers changed:');
    // Back to the essay's number (printing says so), then a real key press and no print: the card catches up when the page is idle.
    const back = await step('ArrowLeft');
    expect(back.inStep).toBe('1 of the essay’s numbers changed:');
    expect(back.printing).toBe('The essay’s own numbers, unchanged.');
    await number.press('ArrowRight');
    await expect.poll(() => summary.textContent()).toBe('1 of the essay’s numbers changed:');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('prints a card on the home page too', async () => {
    const page = await openPage(browser(), '?v=1&wrongStreak=4');
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('essay-print-card');
    expect(await card.isVisible()).toBe(true);
    await expect.poll(() => card.innerText()).toContain('1 of the essay’s numbers changed');
    expect(await card.innerText()).toContain(page.url());
    await page.context().close();
  });

  it('lists the reader’s overruled verdicts on the scorecard’s card', async () => {
    const page = await openPage(browser(), 'hindsight/');
    const claim = page.locator('.claim').first();
    const judge = claim.locator('.claim-judge select');
    const options = await judge.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const site = await claim.getAttribute('data-site-verdict');
    const other = options.find((v) => v !== site && v !== '') ?? '';
    await judge.selectOption(other);
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('essay-print-card');
    await expect.poll(() => card.innerText()).toContain('1 of the site’s verdicts overruled:');
    expect(await card.locator('li').count()).toBe(1);
    expect(await card.locator('li').innerText()).toMatch(/^Verdict on “.+”: .+ \(yours\)$/);
    await page.context().close();
  });
});
