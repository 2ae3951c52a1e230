// The reader's tools: assumptions ledger, goal seek, sensitivity, save/open/cite, print, layout.
import { DEFAULTS, computeOutputs } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { PAGES } from '../support/dist';
import { afterFrames, openPage, outputValue, pageErrors, reusedTab, upgraded, useBrowser } from '../support/browser';

const browser = useBrowser();
// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
// The print, clipboard and theme tests change the tab itself and open their own.
const tab = reusedTab(browser);
const narrow = reusedTab(browser, { viewport: { width: 320, height: 640 } });

/** Saves a download in a folder of its own and gives its path (a download's own path is not kept by a browser connected to). */
async function save(download: Download, name: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'download-')), name);
  await download.saveAs(file);
  return file;
}

async function openTools(page: Page): Promise<void> {
  await page.locator('essay-tools summary').click();
  await page.waitForSelector('essay-tools[data-loaded="true"]');
}

async function typeInto(page: Page, param: string, text: string): Promise<void> {
  const entry = page.locator(`essay-param:has([data-param="${param}"]) input[data-entry]`);
  await entry.fill(text);
  await entry.press('Enter');
}

describe('the panel', () => {
  /** Every request from now on comes late, as on a slow network; gives a count of those still on their way. */
  async function slowNetwork(page: Page, ms: number): Promise<() => number> {
    let pending = 0;
    await page.route('**/*', async (route) => {
      pending += 1;
      await new Promise((r) => setTimeout(r, ms));
      await route.continue();
    });
    page.on('requestfinished', () => (pending -= 1));
    page.on('requestfailed', () => (pending -= 1));
    return () => pending;
  }

  it.each([375, 1200])('opens whole at %i px once the pointer has been over it: nothing in it grows, and nothing below it moves, after it opens', async (width) => {
    const page = await openPage(browser(), 'customization/', { viewport: { width, height: 812 } });
    const summary = page.locator('essay-tools summary');
    await summary.scrollIntoViewIfNeeded();
    const pending = await slowNetwork(page, 300);
    // Each frame: whether the panel is open, its height, and where the prose after it starts.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: [boolean, number, number][]; __stop?: boolean };
      w.__frames = [];
      const tools = document.querySelector('essay-tools')!;
      const prose = document.querySelector('.prose')!;
      const tick = () => {
        w.__frames.push([tools.querySelector('details')!.open, tools.getBoundingClientRect().height, prose.getBoundingClientRect().top]);
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The pointer over the summary fetches the tools (slowly); the click comes once they are here.
    await summary.hover();
    await expect.poll(pending, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(pending, { timeout: 10_000 }).toBe(0);
    await summary.click();
    await page.waitForSelector('essay-tools[data-loaded="true"]');
    await afterFrames(page);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: [boolean, number, number][]; __stop?: boolean };
      w.__stop = true;
      return w.__frames;
    });
    const open = frames.filter(([isOpen]) => isOpen).map(([, height, next]) => `${Math.round(height)} / ${Math.round(next)}`);
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open).size).toBe(1);
    // Drawn whole: the sensitivity chart is there from its first frame.
    expect(await page.locator('[data-sens-chart] svg').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it.each([320, 375, 1200])('opens at once at %i px when its tools are slow in coming (a first tap), with the sensitivity chart’s place kept, and binds them when they come', async (width) => {
    const page = await openPage(browser(), 'customization/', { viewport: { width, height: 812 } });
    await slowNetwork(page, 1000);
    // A click with no pointer over the summary before it, and no focus: nothing fetched ahead.
    await page.locator('essay-tools summary').dispatchEvent('click');
    const details = page.locator('essay-tools details');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open), { timeout: 1000 }).toBe(true);
    expect(await page.locator('essay-tools').getAttribute('data-loaded')).toBe('loading');
    const chart = page.locator('[data-sens-chart]');
    const kept = await chart.evaluate((c) => c.getBoundingClientRect().height);
    await page.waitForSelector('essay-tools[data-loaded="true"]', { timeout: 20_000 });
    await expect.poll(() => page.locator('[data-sens-chart] svg').count()).toBe(1);
    // The drawing takes the place kept for it, to the pixel.
    expect(Math.abs((await chart.evaluate((c) => c.getBoundingClientRect().height)) - kept)).toBeLessThan(1);
    expect(kept).toBeGreaterThan(100);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('still opens when its tools cannot be fetched, says so, and opens and closes as before', async () => {
    const page = await openPage(browser(), 'arithmetic/');
    await page.route('**/_astro/**', (route) => route.abort());
    const details = page.locator('essay-tools details');
    const isOpen = () => details.evaluate((d) => (d as HTMLDetailsElement).open);
    await page.locator('essay-tools summary').click();
    await expect.poll(isOpen).toBe(true);
    expect(await page.locator('[data-tools-failed]').isVisible()).toBe(true);
    expect(await page.locator('[data-tools-failed]').innerText()).toContain('Reload the page');
    await page.locator('essay-tools summary').click();
    await expect.poll(isOpen).toBe(false);
    await page.locator('essay-tools summary').click();
    await expect.poll(isOpen).toBe(true);
    expect(await page.locator('[data-tools-failed]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('your assumptions against the essay’s', () => {
  it('lists every changed number with the essay’s value and origin, and resets one or all', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    expect(await page.locator('[data-ledger-empty]').count()).toBe(1);
    await typeInto(page, 'mfu', '45%');
    await typeInto(page, 'gpuCount', '30000');
    const rows = page.locator('[data-ledger-row]');
    await expect.poll(() => rows.count()).toBe(2);
    const mfu = await page.locator('[data-ledger-row="mfu"]').innerText();
    expect(mfu).toContain('30%');
    expect(mfu).toContain('45%');
    expect(mfu).toMatch(/essay/i);
    expect(await page.locator('[data-ledger-row="gpuCount"]').innerText()).toContain('SemiAnalysis');
    // The changed number is marked in the prose too.
    expect(await page.locator('.prose [role="slider"][data-param="mfu"]').first().getAttribute('class')).toContain('is-changed');

    await page.locator('button[data-reset-param="mfu"]').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('[data-ledger-row="mfu"]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('mfu')).toBe(false);
    await page.locator('button[data-reset-all]').click();
    await expect.poll(() => page.locator('[data-ledger-empty]').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});

describe('goal seek', () => {
  it('brings the training cost to $10M by the price of a GPU-hour, within 1%', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('select[data-goal-output]').selectOption('trainingCostUsd');
    await page.locator('input[data-goal-target]').fill('$10M');
    await page.locator('input[data-goal-target]').dispatchEvent('change');
    await page.locator('select[data-goal-input]').selectOption('gpuHourUsd');
    await page.locator('button[data-goal-run]').click();
    expect(await page.locator('[data-goal-result]').getAttribute('data-reached')).toBe('true');
    // The answer is shown first; nothing changes until the reader applies it.
    expect(await outputValue(page, 'trainingCostUsd')).toBe(computeOutputs(DEFAULTS).trainingCostUsd);
    expect(await page.locator('[data-goal-result]').innerText()).toContain('price of one GPU-hour');
    await page.locator('button[data-goal-apply]').click();
    const cost = await outputValue(page, 'trainingCostUsd');
    expect(Math.abs(cost / 10e6 - 1)).toBeLessThan(0.01);
    await expect.poll(() => new URL(page.url()).searchParams.has('gpuHourUsd')).toBe(true);
    // And it can be undone.
    await page.locator('button[data-goal-undo]').click();
    expect(await outputValue(page, 'trainingCostUsd')).toBe(computeOutputs(DEFAULTS).trainingCostUsd);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('starts from the essay’s $6M target for the training cost', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('select[data-goal-output]').selectOption('trainingCostUsd');
    expect(await page.locator('input[data-goal-target]').inputValue()).toBe('$6M');
  });

  it('says when the target is out of reach, and how close it gets, and changes nothing', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('input[data-goal-target]').fill('10M');
    await page.locator('input[data-goal-target]').dispatchEvent('change');
    await page.locator('select[data-goal-input]').selectOption('mfu');
    await page.locator('button[data-goal-run]').click();
    const result = page.locator('[data-goal-result]');
    expect(await result.getAttribute('data-reached')).toBe('false');
    expect(await result.innerText()).toContain('cannot reach $10M');
    expect(await result.innerText()).toContain('95%');
    expect(await result.innerText()).toContain('nothing was changed');
    expect(await page.locator('button[data-goal-apply]').isHidden()).toBe(true);
    expect(await page.locator('[role="slider"][data-param="mfu"]').first().getAttribute('aria-valuenow')).toBe('0.3');
    expect(await page.locator('[data-changed-count]').innerText()).toBe('as in the essay');
    expect(new URL(page.url()).search).toBe('');
  });

  it('follows a target dragged with the keyboard', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('select[data-goal-output]').selectOption('trainingDays');
    await page.locator('select[data-goal-input]').selectOption('gpuCount');
    await page.locator('[data-goal-drag]').focus();
    await page.keyboard.press('PageDown'); // the target: two thirds of 108 days
    await page.locator('button[data-goal-apply]').click();
    const days = await outputValue(page, 'trainingDays');
    expect(Math.abs(days / ((computeOutputs(DEFAULTS).trainingDays as number) / 1.5) - 1)).toBeLessThan(0.01);
  });
});

describe('sensitivity', () => {
  it('orders the bars by effect, and a bar leads to its input', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('select[data-sens-output]').selectOption('trainingCostUsd');
    const swings = (await page.locator('[data-sens-bar]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-swing')))));
    expect(swings.length).toBeGreaterThan(3);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(await page.locator('[data-sens-chart] svg rect[data-bar-index]').count()).toBe(swings.length);
    const first = await page.locator('[data-sens-bar]').first().getAttribute('data-sens-bar');
    await page.locator('[data-sens-bar] button').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe(first);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('sensitivity, as it starts', () => {
  it('tells the inputs apart, draws costs on a log axis, leaves out inputs that change nothing, and redraws once a frame', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('[data-sens-chart] svg').waitFor();
    // The chapter's headline figure, each input across its whole range: four different bars.
    expect(await page.locator('select[data-sens-output]').inputValue()).toBe('trainingCostUsd');
    expect(await page.locator('select[data-sens-range]').inputValue()).toBe('fullRange');
    const swings = await page.locator('[data-sens-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('data-swing')));
    expect(swings.length).toBeGreaterThanOrEqual(4);
    expect(new Set(swings).size).toBe(swings.length);
    // A log axis: ticks at powers of ten.
    const ticks = await page.locator('[data-sens-chart] svg text').evaluateAll((els) => els.map((e) => e.textContent));
    expect(ticks).toEqual(expect.arrayContaining(['$1M', '$10M', '$100M']));
    // The levered cost does not depend on the scenario's own efficiency: no bar for it.
    await page.locator('select[data-sens-output]').selectOption('leveredCostUsd');
    // (Redrawn in the next frame: wait for the bar to go, then check that the others are there.)
    await expect.poll(() => page.locator('[data-sens-bar="mfu"]').count()).toBe(0);
    expect(await page.locator('[data-sens-bar]').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-sens-list]').innerText()).not.toMatch(/→ (\$[\d.]+[KMB]?); .* → \1$/m);

    // Ten key steps in one go: the tornado is redrawn once, in the next frame.
    const redraws = await page.evaluate(async () => {
      const chart = document.querySelector('[data-sens-chart]');
      const number = document.querySelector<HTMLElement>('.prose [role="slider"][data-param="kernelSpeedup"], .prose [role="slider"][data-param="targetMfu"]');
      if (!chart || !number) return -1;
      let n = 0;
      new MutationObserver(() => (n += 1)).observe(chart, { childList: true });
      for (let i = 0; i < 10; i++) number.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return n;
    });
    expect(redraws).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('save, open and cite', () => {
  it('downloads the scenario as JSON, which opens again to the same link', async () => {
    const page = await tab.open('arithmetic/?v=1&mfu=0.45&gpu=h100&judge.fp8-lever=partly');
    await openTools(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download-json]').click()]);
    const file = await save(download, 'scenario.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.params).toEqual({ gpu: 'h100', mfu: 0.45 });
    // The address is written a moment after the page reads it (in its own order of keys).
    await expect.poll(() => new URL(page.url()).searchParams.has('v')).toBe(true);
    const query = new URL(page.url()).search;

    const fresh = await tab.open('arithmetic/');
    await openTools(fresh);
    await fresh.locator('input[data-open-json]').setInputFiles(file);
    await expect.poll(() => new URL(fresh.url()).search).toBe(query);
    expect(await fresh.locator('[data-keep-status]').innerText()).toBe('Scenario opened.');
  });

  it('refuses a file that is not a saved scenario, politely', async () => {
    const page = await tab.open('arithmetic/');
    await openTools(page);
    await page.locator('input[data-open-json]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect.poll(() => page.locator('[data-notices] li').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('');
  });

  it('downloads every result as CSV and copies a citation with the value, link and date', async () => {
    const page = await openPage(browser(), 'arithmetic/?mfu=0.6', { permissions: ['clipboard-read', 'clipboard-write'] });
    await openTools(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download-csv]').click()]);
    const file = readFileSync(await save(download, 'results.csv'), 'utf8');
    expect(file.startsWith('\uFEFF')).toBe(true); // a byte-order mark, so that spreadsheets read UTF-8
    const csv = file.slice(1).trim().split('\n');
    expect(csv[0]).toBe('id,label,chapter,value,shown as,formula');
    expect(csv.length).toBe(1 + Object.keys(computeOutputs(DEFAULTS)).length);
    expect(csv.find((l) => l.startsWith('trainingCostUsd,'))).toContain('$32.4M');
    await page.locator('select[data-cite-output]').selectOption('trainingCostUsd');
    await page.locator('button[data-cite]').click();
    await expect.poll(() => page.locator('[data-keep-status]').innerText()).toBe('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Training cost: $32.4M');
    await expect.poll(() => page.url()).toContain('?v=1&mfu=0.6');
    expect(text).toContain(page.url());
    expect(text).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
    await page.context().close();
  });
});

describe('reading', () => {
  it('prints the reader’s scenario as a card, with the link', async () => {
    const page = await openPage(browser(), 'arithmetic/?mfu=0.45');
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('essay-print-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain('training efficiency (MFU): 45% (the essay: 30%)');
    await expect.poll(() => page.url()).toContain('?v=1&mfu=0.45');
    expect(await card.innerText()).toContain(page.url());
    expect(await page.locator('essay-scenario').isVisible()).toBe(false);
    expect(await page.locator('essay-chart svg').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await card.isVisible()).toBe(false);
    await page.context().close();
  });

  it.each(PAGES)('/%s has no horizontal scroll at 320 px', async (path) => {
    const page = await narrow.open(path);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(width);
  });

  it('switches between system, light and dark themes, changing what is seen at the first click, and remembers the choice', async () => {
    const page = await openPage(browser(), '', { colorScheme: 'light' });
    const button = page.locator('essay-theme button');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    expect(await button.innerText()).toBe('Theme: system');
    await button.click(); // the system is light: the first click goes dark
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bg()).not.toBe(light);
    await page.reload();
    await upgraded(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await button.innerText()).toBe('Theme: dark');
    await button.click(); // light, chosen
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await bg()).toBe(light);
    await button.click(); // back to the system's
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await button.innerText()).toBe('Theme: system');
    expect(await bg()).toBe(light);
    await page.context().close();
  });
});
