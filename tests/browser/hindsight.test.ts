// The reader as judge: an override changes the tally and survives a shared link; filters work.
import { describe, expect, it } from 'vitest';
import { binomialTail } from '../../src/lib/model/hindsight';
import { openPage, pageErrors, useBrowser } from '../support/browser';

const browser = useBrowser();

const count = async (page: import('playwright-core').Page, verdict: string) =>
  Number(await page.locator(`[data-tally="${verdict}"]`).getAttribute('data-value'));

describe('the scorecard', () => {
  it('lets the reader overrule a verdict: the tally, the test, the chart and the link follow', async () => {
    const page = await openPage(browser(), 'hindsight/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const borne = await count(page, 'borne-out');
    const not = await count(page, 'not-borne-out');
    const chanceBefore = await page.locator('[data-record-chance]').getAttribute('data-value');

    await page.locator('select[data-judge="efficiency-60"]').selectOption('borne-out');
    expect(await count(page, 'borne-out')).toBe(borne + 1);
    expect(await count(page, 'not-borne-out')).toBe(not - 1);
    const chance = Number(await page.locator('[data-record-chance]').getAttribute('data-value'));
    expect(String(chance)).not.toBe(chanceBefore);
    expect(chance).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.5), 12);
    expect(await page.locator('[data-claim="efficiency-60"]').getAttribute('data-verdict')).toBe('borne-out');
    expect(await page.locator('[data-claim="efficiency-60"] [data-verdict-yours]').isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('judge.efficiency-60')).toBe('borne-out');
    await page.waitForSelector('essay-hindsight[data-rendered]');

    // The guesser's accuracy is the home page's parameter, changeable here too.
    await page.locator('[role="slider"][data-param="guessAccuracy"]').focus();
    await page.keyboard.press('PageUp'); // 50% → 60%
    expect(Number(await page.locator('[data-record-chance]').getAttribute('data-value'))).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.6), 12);

    await page.locator('button[data-share]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.context().close();

    const fresh = await openPage(browser(), link.slice(link.indexOf('/hindsight/') + 1));
    expect(await count(fresh, 'borne-out')).toBe(borne + 1);
    expect(await fresh.locator('select[data-judge="efficiency-60"]').inputValue()).toBe('borne-out');
    expect(Number(await fresh.locator('[data-record-chance]').getAttribute('data-value'))).toBeCloseTo(binomialTail(borne + 1, borne + not, 0.6), 12);
    // Back to the site's verdict.
    await fresh.locator('select[data-judge="efficiency-60"]').selectOption('');
    expect(await count(fresh, 'borne-out')).toBe(borne);
    await expect.poll(() => new URL(fresh.url()).searchParams.has('judge.efficiency-60')).toBe(false);
    expect(pageErrors(fresh)).toEqual([]);
    await fresh.context().close();
  });

  it('filters by verdict and by chapter', async () => {
    const page = await openPage(browser(), 'hindsight/');
    const visible = () => page.locator('[data-claim]:visible').count();
    const total = await page.locator('[data-claim]').count();
    await page.locator('button[data-filter-verdict="too-early"]').click();
    const tooEarly = await count(page, 'too-early');
    expect(await visible()).toBe(tooEarly);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing ${tooEarly} of ${total} predictions.`);
    await page.locator('button[data-filter-verdict="all"]').click();
    await page.locator('button[data-filter-chapter="lifelines"]').click();
    expect(await visible()).toBe(await page.locator('[data-claim][data-chapter="lifelines"]').count());
    expect(await page.locator('button[data-filter-chapter="lifelines"]').getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('ignores a verdict for a prediction it does not have, with a notice', async () => {
    const page = await openPage(browser(), 'hindsight/?judge.no-such-claim=partly&judge.fp8-lever=partly');
    await expect.poll(() => page.locator('[data-notices] li').count()).toBe(1);
    expect(await page.locator('[data-notices]').innerText()).toContain('no-such-claim');
    expect(await page.locator('[data-claim="fp8-lever"]').getAttribute('data-verdict')).toBe('partly');
    await page.context().close();
  });
});
