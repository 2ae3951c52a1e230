// One scenario across chapters: a change in one chapter shows up in the chapters that depend on it.
import { describe, expect, it } from 'vitest';
import { expectedOutput as expected, expectNear as near } from '../support/model';
import { conclusionState, nextChapter, openPage, outputValue, pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const tab = reusedTab(browser);

describe('the scenario flows between chapters', () => {
  it('arithmetic’s cluster → multimodal’s headroom → moats’ timeline', async () => {
    const page = await tab.open('arithmetic/');
    const entry = (id: string) => page.locator(`essay-param:has([data-param="${id}"]) input[data-entry]`);
    await entry('gpuCount').fill('50,000');
    await entry('gpuCount').press('Enter');
    await entry('mfu').fill('45%');
    await entry('mfu').press('Enter');
    const scenario = { gpuCount: 50000, mfu: 0.45 };

    await nextChapter(page, /\/multimodal\//);
    near(await outputValue(page, 'paramHeadroom'), expected(scenario, 'paramHeadroom'));
    expect(await outputValue(page, 'paramHeadroom')).not.toBe(expected({}, 'paramHeadroom'));

    await nextChapter(page, /\/lifelines\//);
    await nextChapter(page, /\/moats\//);
    near(await outputValue(page, 'yearsUntilRoundAffords'), expected(scenario, 'yearsUntilRoundAffords'));
    expect(await outputValue(page, 'yearsUntilRoundAffords')).not.toBe(expected({}, 'yearsUntilRoundAffords'));
    await page.locator('essay-chart[data-chart="computeMoat"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('essay-chart[data-chart="computeMoat"][data-rendered]');
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps the reader’s moat answers in a shared link', async () => {
    const page = await tab.open('moats/');
    await page.locator('select[data-param="moatCompute"]').selectOption('partly');
    await page.locator('select[data-param="moatUsers"]').selectOption('yes');
    await page.locator('select[data-param="moatFineTuning"]').selectOption('no');
    expect(await outputValue(page, 'moatsAnswered')).toBe(3);
    expect(await outputValue(page, 'moatsAgreed')).toBe(2);
    // The address is written after a pause: wait for the last answer to reach it.
    await expect.poll(() => new URL(page.url()).searchParams.get('moatFineTuning')).toBe('no');
    expect(new URL(page.url()).searchParams.get('moatUsers')).toBe('yes');
    const link = page.url();

    // A new tab: the link alone must carry the answers (the same tab would open the same address).
    const fresh = await openPage(browser(), link.slice(link.indexOf('/moats/') + 1));
    expect(await fresh.locator('select[data-param="moatCompute"]').inputValue()).toBe('partly');
    expect(await fresh.locator('select[data-param="moatUsers"]').inputValue()).toBe('yes');
    expect(await fresh.locator('select[data-param="moatFineTuning"]').inputValue()).toBe('no');
    expect(await outputValue(fresh, 'moatsAgreed')).toBe(2);
    await fresh.context().close();
  });

  it('asks for the reader’s moat answer before it shows the essay’s', async () => {
    const page = await openPage(browser(), 'moats/');
    const words = (moat: string) => page.locator(`tr[data-moat="${moat}"] .moat-essay-words`);
    const cover = (moat: string) => page.locator(`tr[data-moat="${moat}"] .moat-essay-cover`);
    await cover('users').waitFor({ state: 'visible' });
    expect(await words('users').isVisible()).toBe(false);
    expect(await words('compute').isVisible()).toBe(false);
    await page.locator('select[data-param="moatUsers"]').selectOption('yes');
    await words('users').waitFor({ state: 'visible' });
    expect(await cover('users').isVisible()).toBe(false);
    expect(await words('compute').isVisible()).toBe(false);
    const all = page.locator('button[data-reveal-all]');
    await all.click();
    await words('compute').waitFor({ state: 'visible' });
    expect(await all.getAttribute('aria-pressed')).toBe('true');
    await all.click();
    await words('compute').waitFor({ state: 'hidden' });
    // In print every answer shows, covered or not.
    await page.emulateMedia({ media: 'print' });
    await words('compute').waitFor({ state: 'visible' });
    expect(await cover('compute').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the lifelines chapter’s archetypes and lifeline feed the customization chapter', async () => {
    const page = await tab.open('lifelines/');
    const coupling = page.locator('button[data-set-param="subsumeChance"][data-set-value="0.5"]');
    await coupling.click();
    expect(await coupling.getAttribute('aria-pressed')).toBe('true');
    expect(await outputValue(page, 'expectedLifelineMonths')).toBe(6);
    await page.locator('.prose a[href*="/customization/"]').first().click();
    await page.waitForURL(/\/customization\//);
    await page.locator('button[data-take-param="customLifeMonths"]').click();
    near(await outputValue(page, 'customMonthlyUsd'), expected({ subsumeChance: 0.5, customLifeMonths: 6 }, 'customMonthlyUsd'));
    await page.locator('button[data-take-param="customLifeMonths"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('subsumeChance')).toBe('0.5');
  });

  it('says why when an output is undefined: no break-even when serving costs as much as the API', async () => {
    const page = await tab.open('customization/?customServingPerMTokUsd=60');
    const out = page.locator('[data-output="breakEvenMonthlyTokens"]').first();
    expect(await out.getAttribute('data-undefined')).toBe('true');
    expect(await out.innerText()).toContain('no break-even volume');
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity/);
    expect(await conclusionState(page, 'customPaysOff')).toBe('false');
  });
});
