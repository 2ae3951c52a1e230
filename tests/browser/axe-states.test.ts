// axe-core in the states a reader reaches: the tools open after a change, notices shown,
// 320 px with every disclosure open, and dark with the menus open. No violations in any.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { violations } from '../support/axe';
import { reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  if ((await page.locator('essay-tools').count()) > 0) await page.locator('[data-tools-body] h3').first().waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

// axe on a whole page with everything open is slow on a busy machine: a generous timeout per test.
describe('axe in the states a reader reaches', { timeout: 240_000 }, () => {
  // Each group reads its pages in one tab (see reusedTab).
  const desktop = reusedTab(browser);
  const narrow = reusedTab(browser, { viewport: { width: 320, height: 640 }, isMobile: true });
  const darkPhone = reusedTab(browser, { colorScheme: 'dark', viewport: { width: 375, height: 812 }, isMobile: true });

  it.each(['arithmetic/', 'customization/', 'lifelines/'])('/%s with the tools open after a change', async (path) => {
    const page = await desktop.open(path);
    const slider = page.locator('.prose [role="slider"][data-param]').first();
    await slider.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.locator('essay-tools summary').click();
    await page.locator('[data-ledger-row]').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('/arithmetic/ with notices shown for a hostile link', async () => {
    const page = await desktop.open('arithmetic/?v=1&mfu=abc&gpuCount=-5&nonsense=1');
    await page.locator('.notices.has-notices li').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it.each(['', 'customization/', 'moats/', 'hindsight/'])('/%s at 320 px with every disclosure open', async (path) => {
    const page = await narrow.open(path);
    await openEverything(page);
    expect(await violations(page)).toEqual([]);
  });

  it.each(['arithmetic/', 'hindsight/'])('/%s in dark, on a phone, with the chapter menu and the scenario menu open', async (path) => {
    const page = await darkPhone.open(path);
    await page.locator('.site-menu > summary').click();
    expect(await violations(page)).toEqual([]);
    await page.locator('.site-menu > summary').click();
    await page.locator('.scenario-toggle').click();
    await page.locator('.scenario-menu button[data-reset]').first().waitFor({ state: 'visible' });
    expect(await violations(page)).toEqual([]);
  });
});
