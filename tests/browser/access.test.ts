// Without JavaScript the essay reads as written; with the keyboard alone everything works.
import { DEFAULTS, computeOutputs } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { outputValue, pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const noJs = reusedTab(browser, { javaScriptEnabled: false });
const tab = reusedTab(browser);

describe('without JavaScript', () => {
  it.each(['', 'arithmetic/'])('page /%s shows the default numbers, sentences and charts', async (path) => {
    const page = await noJs.open(path);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(await page.locator('essay-scenario').isVisible()).toBe(false);
    if (path === 'arithmetic/') {
      expect(await outputValue(page, 'trainingCostUsd')).toBe(computeOutputs(DEFAULTS).trainingCostUsd);
      expect(text).toContain('$64.8M');
      expect(text).toContain('108 days');
      // Two charts, each showing one of its two drawings (wide or narrow).
      expect(await page.locator('essay-chart').count()).toBe(2);
      expect(await page.locator('essay-chart svg').filter({ visible: true }).count()).toBe(2);
      expect(await page.locator('essay-chart[data-chart="levers"] svg').filter({ visible: true }).count()).toBe(1);
      // Sliders are hidden without JavaScript; the value they would set is still shown.
      expect(await page.locator('input[type="range"][data-param="mfu"]').isVisible()).toBe(false);
      expect(await page.locator('essay-param:has([data-param="mfu"]) input[data-entry]').inputValue()).toBe('30%');
    } else {
      expect(text).toContain('12.5%');
    }
    expect(text).toContain('This page shows the essay’s own numbers: changing them needs JavaScript.');
    // Numbers do not look draggable.
    expect(await page.locator('.num-scrub [role="slider"]').first().evaluate((el) => getComputedStyle(el).cursor)).toBe('auto');
  });

  it.each(['arithmetic/', 'lifelines/', 'moats/', 'customization/', 'hindsight/'])('page /%s offers no control that cannot work', async (path) => {
    const page = await noJs.open(path);
    for (const selector of ['essay-scenario', 'essay-tools', 'essay-set button', 'essay-take button', '.filters button', 'select[data-judge]', 'input[type="range"]']) {
      const visible = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(visible, selector).toBe(0);
    }
    // The menus in the prose read as text: a click cannot open them.
    const menus = await page.locator('.num-choice select').evaluateAll((els) => els.map((e) => getComputedStyle(e).pointerEvents));
    expect(menus.every((p) => p === 'none')).toBe(true);
  });
});

describe('with the keyboard alone', () => {
  it('skips to the text, reaches a number, steps it, and shows its origin', async () => {
    const page = await tab.open('arithmetic/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the text');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab forward to the first changeable number in the prose.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('data-param') === 'expertCount');
    }
    expect(found).toBe(true);
    const slider = page.locator('[role="slider"][data-param="expertCount"]').first();
    expect(await page.locator('.num-wrap:has([data-param="expertCount"]) > .origin').first().isVisible()).toBe(true);
    expect(await page.locator('.num-wrap:has([data-param="expertCount"]) > .origin').first().innerText()).toContain('SemiAnalysis');

    await page.keyboard.press('ArrowUp');
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(16);
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuenow')).toBe('512');
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuenow')).toBe('1');
    await page.keyboard.press('PageUp');
    const afterPageUp = Number(await slider.getAttribute('aria-valuenow'));
    expect(afterPageUp).toBeGreaterThan(1);
    expect(await outputValue(page, 'totalParams')).toBe(110e9 * afterPageUp);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/experts$/);

    // On to the GPU menu, changed with the arrow keys (past the glossary links and the reset button in between).
    found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('data-param') === 'gpu');
    }
    expect(found).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('select[data-param="gpu"]').inputValue()).toBe('h100');
    await expect.poll(() => new URL(page.url()).searchParams.get('gpu')).toBe('h100');

    // Computed numbers are focusable too, and say how they were computed.
    await page.locator('[data-output="trainingCostUsd"]').first().focus();
    expect(await page.locator('.num-wrap:has([data-output="trainingCostUsd"]) > .origin').first().innerText()).toContain('Computed: GPU-hours × price of one GPU-hour');
    expect(pageErrors(page)).toEqual([]);
  });

  it('moves a block slider with the arrow keys', async () => {
    const page = await tab.open('arithmetic/');
    const range = page.locator('input[type="range"][data-param="mfu"]');
    await range.focus();
    await page.keyboard.press('ArrowRight');
    expect(await range.getAttribute('data-value')).toBe('0.31');
    expect(await range.getAttribute('aria-valuetext')).toBe('31%');
  });
});
