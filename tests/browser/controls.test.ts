// Real key presses, drags and typing in Debian's Chromium: numbers, sentences, charts and the URL follow.
import type { OutputId } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { expectedOutput as expected, expectNear as near } from '../support/model';
import { afterFrames, baseUrl, conclusionState, conclusionText, nextChapter, openPage, outputValue, pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const tab = reusedTab(browser);

describe('changing a number', () => {
  it('updates the outputs, the conclusion’s sentence, the chart and the URL, loading Plot only then', async () => {
    // Its own tab: what it fetches must not already be in a reused tab's cache.
    const page = await openPage(browser(), 'arithmetic/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const before = await conclusionText(page, 'leveredCostBand');
    const svgBefore = await page.locator('essay-chart[data-chart="levers"] [data-chart-svg]').innerHTML();
    await page.locator('essay-chart[data-chart="levers"]').scrollIntoViewIfNeeded();
    await afterFrames(page);
    expect(requests.filter((u) => u.includes('plots'))).toEqual([]);

    const cut = page.locator('[role="slider"][data-param="gpuPriceCut"]');
    await cut.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowUp');

    expect(await cut.getAttribute('aria-valuenow')).toBe('0.2');
    expect(await cut.getAttribute('aria-valuetext')).toBe('20%');
    near(await outputValue(page, 'leveredCostUsd'), expected({ gpuPriceCut: 0.2 }, 'leveredCostUsd'));
    expect(await page.locator('[data-output="priceGain"]').first().innerText()).toBe('1.25×');
    expect(await conclusionState(page, 'leveredCostBand')).toBe('inside');
    const after = await conclusionText(page, 'leveredCostBand');
    expect(after).not.toBe(before);
    expect(after).toContain('lands inside that band');
    await expect.poll(() => new URL(page.url()).searchParams.get('gpuPriceCut')).toBe('0.2');

    await page.locator('essay-chart[data-chart="levers"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('essay-chart[data-chart="levers"][data-rendered]');
    const svgAfter = await page.locator('essay-chart[data-chart="levers"] [data-chart-svg]').innerHTML();
    expect(svgAfter).not.toBe(svgBefore);
    expect(svgAfter).toContain('$5.45M');
    expect(requests.some((u) => u.includes('plots'))).toBe(true);
    expect(await page.locator('essay-chart[data-chart="levers"] [data-chart-description]').innerText()).toContain('inside the essay’s $3M–$6M band');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('follows a slider’s input event, on a log scale too', async () => {
    const page = await tab.open('arithmetic/');
    await page.locator('input[type="range"][data-param="mfu"]').fill('0.6');
    near(await outputValue(page, 'trainingCostUsd'), expected({ mfu: 0.6 }, 'trainingCostUsd'));
    const count = page.locator('input[type="range"][data-param="gpuCount"]');
    expect(await count.getAttribute('data-scale')).toBe('log');
    await count.fill('500'); // halfway along 1…1,000,000 on a log scale
    expect(await count.getAttribute('data-value')).toBe('1000');
    near(await outputValue(page, 'trainingDays'), expected({ mfu: 0.6, gpuCount: 1000 }, 'trainingDays'));
  });

  it('scrubs a number by dragging it', async () => {
    const page = await tab.open('arithmetic/');
    const slider = page.locator('[role="slider"][data-param="kernelSpeedup"]');
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const value = Number(await slider.getAttribute('aria-valuenow'));
    expect(value).toBeGreaterThan(1.5);
    near(await outputValue(page, 'combinedGain'), expected({ kernelSpeedup: value }, 'combinedGain'));
  });

  it('takes a typed value, clamps one out of range and refuses one that is not a number, saying so', async () => {
    const page = await tab.open('arithmetic/');
    const entry = page.locator('essay-param:has([data-param="gpuCount"]) input[data-entry]');
    await entry.fill('10k');
    await entry.press('Enter');
    await expect.poll(() => page.locator('input[type="range"][data-param="gpuCount"]').getAttribute('data-value')).toBe('10000');
    await entry.fill('lots');
    await entry.press('Enter');
    await expect.poll(() => page.locator('input[type="range"][data-param="gpuCount"]').getAttribute('data-value')).toBe('10000');
    await entry.fill('2,000,000');
    await entry.press('Enter');
    await expect.poll(() => page.locator('input[type="range"][data-param="gpuCount"]').getAttribute('data-value')).toBe('1000000');
    const notices = page.locator('[data-notices] li');
    await expect.poll(() => notices.count()).toBe(2);
    expect(await notices.nth(0).innerText()).toContain('“lots” is not a number for “GPUs in the cluster”');
    expect(await notices.nth(1).innerText()).toContain('at most 1M');
    expect(await entry.inputValue()).toBe('1M');
  });
});

describe('presets and sharing', () => {
  it('applies the DeepSeek-V3 preset, reproducing its GPU-hours, and goes back to the essay', async () => {
    const page = await tab.open('arithmetic/');
    await page.locator('.scenario-toggle').click(); // the presets sit behind the bar's scenario button
    await page.locator('button[data-preset="deepseek-v3"]').click();
    expect(await page.locator('button[data-preset="deepseek-v3"]').getAttribute('aria-pressed')).toBe('true');
    expect(Math.abs((await outputValue(page, 'gpuHours')) / 2.664e6 - 1)).toBeLessThan(0.03);
    expect(await page.locator('select[data-param="gpu"]').first().inputValue()).toBe('h800');
    await page.locator('button[data-reset]').click();
    near(await outputValue(page, 'trainingCostUsd'), expected({}, 'trainingCostUsd'));
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-changed-count]').innerText()).toBe('as in the essay');
    expect(await page.locator('button[data-reset]').isDisabled()).toBe(true);
  });

  it('copies a link that reproduces the scenario in a fresh browser, on any chapter', async () => {
    const page = await openPage(browser(), 'arithmetic/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.scenario-toggle').click();
    await page.locator('button[data-preset="llama-3.1-405b"]').click();
    await page.locator('[role="slider"][data-param="toleranceMonths"]').focus();
    await page.keyboard.press('PageUp');
    await page.locator('button[data-share]').click();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(() => page.url()).toBe(link);
    const ids: OutputId[] = ['trainingCostUsd', 'trainingDays', 'leveredCostUsd', 'ceilingTotalParams', 'extremeTotalParams'];
    const original = await Promise.all(ids.map((id) => outputValue(page, id)));
    await page.context().close();

    const fresh = await openPage(browser(), link.replace(/^.*?\/arithmetic\//, 'arithmetic/'));
    expect(await Promise.all(ids.map((id) => outputValue(fresh, id)))).toEqual(original);
    expect(await fresh.locator('button[data-preset="llama-3.1-405b"]').getAttribute('aria-pressed')).toBe('false');

    // The same scenario travels along the site's own links to every chapter.
    const query = new URL(link).search;
    await fresh.locator('a.site-title').click();
    await fresh.waitForURL((u) => u.pathname.endsWith('/') && u.search === query);
    await fresh.locator('.toc a[href*="rockets"]').click();
    await fresh.waitForURL((u) => u.pathname.endsWith('/rockets/') && u.search === query);
    await nextChapter(fresh, /\/customization\//);
    await nextChapter(fresh, /\/arithmetic\//);
    expect(await Promise.all(ids.map((id) => outputValue(fresh, id)))).toEqual(original);
    await fresh.context().close();
  });

  it('reads a tampered link politely: clamps, drops and ignores with notices, and keeps the rest', async () => {
    const page = await tab.open('arithmetic/?mfu=5&gpuCount=abc&%3Cimg%20src%3Dx%3E=1&gpuHourUsd=2&gpu=tpu');
    const notices = page.locator('[data-notices] li');
    await expect.poll(() => notices.count()).toBe(4);
    const text = await page.locator('[data-notices]').innerText();
    expect(text).toContain('“training efficiency (MFU)” can be at most 95%');
    expect(text).toContain('“<img src=x>” is not one this page knows');
    expect(await page.locator('[data-notices] img').count()).toBe(0);
    expect(await page.locator('[role="slider"][data-param="mfu"]').first().getAttribute('aria-valuenow')).toBe('0.95');
    near(await outputValue(page, 'trainingCostUsd'), expected({ mfu: 0.95, gpuHourUsd: 2 }, 'trainingCostUsd'));
    await expect.poll(() => new URL(page.url()).search).toBe('?v=1&mfu=0.95&gpuHourUsd=2');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    await page.locator('button[data-dismiss]').click();
    await expect.poll(() => notices.count()).toBe(0);
  });

  it('lets notices leave by themselves, but not while the reader is pointing at them', async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${baseUrl()}arithmetic/?mfu=5`);
    const notices = page.locator('[data-notices] li');
    await expect.poll(() => notices.count()).toBe(1);
    // Pointing at them holds them.
    await page.locator('[data-notices]').hover();
    await page.clock.fastForward(60_000); // well past the time notices stay (NOTICE_MS in client/scenario.ts)
    expect(await notices.count()).toBe(1);
    // Once the pointer leaves, they go after a while.
    await page.mouse.move(5, 800);
    await page.clock.fastForward(60_000);
    await expect.poll(() => notices.count()).toBe(0);
    await context.close();
  });
});
