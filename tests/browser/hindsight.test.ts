// The reader as judge: an override changes the tally and survives a shared link; filters work;
// the chapters' notes follow the reader's verdicts; a verdict for no prediction is dropped.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { binomialTail } from '../../src/lib/model/hindsight';
import { openPage, pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const tab = reusedTab(browser);

const count = async (page: Page, verdict: string) => Number(await page.locator(`[data-tally="${verdict}"]`).getAttribute('data-value'));
const leverCount = async (page: Page, verdict: string) => Number(await page.locator(`[data-lever-tally="${verdict}"]`).getAttribute('data-value'));

describe('the scorecard', () => {
  it('lets the reader overrule a forecast’s verdict: the tally, the test, the chart and the link follow', async () => {
    const page = await openPage(browser(), 'hindsight/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.waitForSelector('essay-hindsight:defined');
    const borne = await count(page, 'borne-out');
    const not = await count(page, 'not-borne-out');
    const chanceBefore = await page.locator('[data-record-chance]').getAttribute('data-value');
    expect(await page.locator('[data-claim="ten-trillion-in-a-year"]').getAttribute('data-kind')).toBe('forecast');

    await page.locator('select[data-judge="ten-trillion-in-a-year"]').selectOption('borne-out');
    expect(await count(page, 'borne-out')).toBe(borne + 1);
    expect(await count(page, 'not-borne-out')).toBe(not - 1);
    const chance = Number(await page.locator('[data-record-chance]').getAttribute('data-value'));
    expect(String(chance)).not.toBe(chanceBefore);
    expect(chance).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.5), 12);
    expect(await page.locator('[data-claim="ten-trillion-in-a-year"]').getAttribute('data-verdict')).toBe('borne-out');
    expect(await page.locator('[data-claim="ten-trillion-in-a-year"] [data-verdict-yours]').isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('judge.ten-trillion-in-a-year')).toBe('borne-out');
    await page.waitForSelector('essay-hindsight[data-rendered]');

    // The guesser's accuracy is the home page's parameter, changeable here too.
    await page.locator('[role="slider"][data-param="guessAccuracy"]').focus();
    await page.keyboard.press('PageUp'); // 50% → 60%
    expect(Number(await page.locator('[data-record-chance]').getAttribute('data-value'))).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.6), 12);

    await page.locator('button[data-share]').click();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.context().close();

    const fresh = await openPage(browser(), link.slice(link.indexOf('/hindsight/') + 1));
    await fresh.waitForSelector('essay-hindsight:defined');
    expect(await count(fresh, 'borne-out')).toBe(borne + 1);
    expect(await fresh.locator('select[data-judge="ten-trillion-in-a-year"]').inputValue()).toBe('borne-out');
    expect(Number(await fresh.locator('[data-record-chance]').getAttribute('data-value'))).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.6), 12);
    // Back to the site's verdict.
    await fresh.locator('select[data-judge="ten-trillion-in-a-year"]').selectOption('');
    expect(await count(fresh, 'borne-out')).toBe(borne);
    await expect.poll(() => new URL(fresh.url()).searchParams.has('judge.ten-trillion-in-a-year')).toBe(false);
    expect(pageErrors(fresh)).toEqual([]);
    await fresh.context().close();
  });

  it('keeps lever checks out of the tally and the test: overruling one moves only their own count', async () => {
    const page = await tab.open('hindsight/');
    await page.waitForSelector('essay-hindsight:defined');
    expect(await page.locator('[data-claim="efficiency-60"]').getAttribute('data-kind')).toBe('lever-check');
    const chance = await page.locator('[data-record-chance]').getAttribute('data-value');
    const borne = await count(page, 'borne-out');
    const leverBorne = await leverCount(page, 'borne-out');
    await page.locator('select[data-judge="efficiency-60"]').selectOption('borne-out');
    await expect.poll(() => leverCount(page, 'borne-out')).toBe(leverBorne + 1);
    expect(await count(page, 'borne-out')).toBe(borne);
    expect(await page.locator('[data-record-chance]').getAttribute('data-value')).toBe(chance);
  });

  it('filters by kind, verdict and chapter; the chart follows; an empty result offers a way out', async () => {
    const page = await tab.open('hindsight/');
    await page.waitForSelector('essay-hindsight:defined');
    const visible = () => page.locator('[data-claim]:visible').count();
    const dots = () => page.locator('[data-predictions-chart] svg circle').count();
    const total = await page.locator('[data-claim]').count();
    expect(await page.locator('button[data-filter-clear]').isVisible()).toBe(false);

    await page.locator('button[data-filter-verdict="too-early"]').click();
    const tooEarly = await page.locator('[data-claim][data-verdict="too-early"]').count();
    expect(await visible()).toBe(tooEarly);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing ${tooEarly} of ${total} predictions.`);
    await expect.poll(dots).toBe(tooEarly);
    expect(await page.locator('[data-predictions-description]').innerText()).toContain(`${tooEarly} of the ${total} predictions`);
    expect(await page.locator('tr[data-row-claim]:not([hidden])').count()).toBe(tooEarly);

    await page.locator('button[data-filter-verdict="all"]').click();
    await page.locator('button[data-filter-kind="lever-check"]').click();
    const levers = await page.locator('[data-claim][data-kind="lever-check"]').count();
    expect(await visible()).toBe(levers);
    await expect.poll(dots).toBe(levers);

    await page.locator('button[data-filter-kind="all"]').click();
    await page.locator('button[data-filter-chapter="lifelines"]').click();
    expect(await visible()).toBe(await page.locator('[data-claim][data-chapter="lifelines"]').count());
    expect(await page.locator('button[data-filter-chapter="lifelines"]').getAttribute('aria-pressed')).toBe('true');

    // No lever check in the lifelines chapter: nothing to show, and a way back.
    await page.locator('button[data-filter-kind="lever-check"]').click();
    expect(await visible()).toBe(0);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`No prediction matches these filters (0 of ${total}).`);
    await expect.poll(() => page.locator('[data-predictions-description]').innerText()).toContain('No prediction matches');
    await page.locator('button[data-filter-clear]').click();
    expect(await visible()).toBe(total);
    await expect.poll(dots).toBe(total);
    for (const f of ['kind', 'verdict', 'chapter']) expect(await page.locator(`button[data-filter-${f}="all"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('button[data-filter-clear]').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it('drops a verdict for a prediction it does not have, with a notice, and never copies it on', async () => {
    const page = await openPage(browser(), 'hindsight/?judge.no-such-claim=partly&judge.fp8-lever=partly', { permissions: ['clipboard-read', 'clipboard-write'] });
    await expect.poll(() => page.locator('[data-notices] li').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-notices]').innerText()).toContain('no-such-claim');
    await expect.poll(() => page.locator('[data-claim="fp8-lever"]').getAttribute('data-verdict')).toBe('partly');
    // Not in the address bar, the shared link or the print card.
    await expect.poll(() => page.url()).not.toContain('no-such-claim');
    expect(new URL(page.url()).searchParams.get('judge.fp8-lever')).toBe('partly');
    await page.locator('button[data-share]').click();
    // The copy is asynchronous: read the clipboard once the bar says it is done (else it may hold an earlier test's link).
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('judge.fp8-lever=partly');
    expect(link).not.toContain('no-such-claim');
    await page.emulateMedia({ media: 'print' });
    const card = await page.locator('essay-print-card').innerText();
    expect(card).toContain('1 of the site’s verdicts overruled');
    expect(card).not.toContain('no-such-claim');
    await page.context().close();
  });

  it('keeps a verdict for no prediction out of a chapter’s citation too', async () => {
    const page = await openPage(browser(), 'arithmetic/?mfu=0.6&judge.no-such-claim=partly', { permissions: ['clipboard-read', 'clipboard-write'] });
    await expect.poll(() => page.locator('[data-notices] li').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('essay-tools summary').click();
    await page.waitForSelector('essay-tools[data-loaded="true"]');
    await page.locator('select[data-cite-output]').selectOption('trainingCostUsd');
    await page.locator('button[data-cite]').click();
    await expect.poll(() => page.locator('[data-keep-status]').innerText()).toBe('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('mfu=0.6');
    expect(text).not.toContain('no-such-claim');
    await page.context().close();
  });
});

describe('the chapters’ “what happened” notes', () => {
  it('show the reader’s verdict from a link, and the site’s otherwise', async () => {
    const page = await tab.open('arithmetic/?judge.efficiency-60=borne-out');
    const note = page.locator('essay-hindsight-note[data-note="efficiency-60"]');
    await expect.poll(() => note.getAttribute('data-verdict')).toBe('borne-out');
    expect(await note.locator('[data-note-verdict]').innerText()).toMatch(/borne out/i);
    expect(await note.locator('[data-note-yours]').isVisible()).toBe(true);
    expect(await note.getAttribute('class')).toContain('v-borne-out');
    // The other notes keep the site's verdicts.
    const other = page.locator('essay-hindsight-note[data-note="fp8-lever"]');
    expect(await other.getAttribute('data-verdict')).toBe(await other.getAttribute('data-site-verdict'));
    expect(await other.locator('[data-note-yours]').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });
});
