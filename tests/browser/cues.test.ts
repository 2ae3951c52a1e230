// One cue for what can be dragged, and origin notes that stay on screen and
// say what changed.
import { describe, expect, it } from 'vitest';
import { PAGES } from '../support/dist';
import { pageErrors, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const desktop = reusedTab(browser);
const phone = reusedTab(browser, PHONE);

describe('what can be dragged', () => {
  it('tints only the numbers a reader can change, and shows a ↔ handle on focus', async () => {
    const page = await desktop.open('arithmetic/');
    const looks = await page.evaluate(() => {
      const tint = (el: Element) => getComputedStyle(el).backgroundColor;
      const clear = (c: string) => c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
      const calm = [...document.querySelectorAll('main .num-fact, main .num-out')];
      const scrubs = [...document.querySelectorAll('main .num-scrub [role="slider"]')];
      return {
        calm: calm.length,
        calmTinted: calm.filter((el) => !clear(tint(el))).map((el) => el.textContent),
        scrubs: scrubs.length,
        scrubsClear: scrubs.filter((el) => clear(tint(el))).map((el) => el.textContent),
      };
    });
    expect(looks.calm).toBeGreaterThan(5);
    expect(looks.calmTinted).toEqual([]);
    expect(looks.scrubs).toBeGreaterThan(3);
    expect(looks.scrubsClear).toEqual([]);

    const handle = () => page.evaluate(() => getComputedStyle(document.querySelector('main .num-scrub [role="slider"]')!, '::after'));
    const before = await page.evaluate(() => getComputedStyle(document.querySelector('main .num-scrub [role="slider"]')!, '::after').opacity);
    expect(before).toBe('0');
    await page.locator('main .num-scrub [role="slider"]').first().focus();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('main .num-scrub [role="slider"]')!, '::after').opacity === '1');
    expect((await handle()).content).toContain('↔');
  });

  it('says in the chapter legend that tinted numbers can be dragged', async () => {
    const page = await desktop.open('arithmetic/');
    expect(await page.locator('.legend').innerText()).toMatch(/Tinted numbers can be dragged/);
  });
});

describe('origin notes on a 375 px phone', () => {
  it.each(PAGES)('page /%s keeps every note inside the window', async (path) => {
    const page = await phone.open(path);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const targets = page.locator('main .num-wrap [tabindex="0"], main .num-wrap select');
    const count = await targets.count();
    const outside: string[] = [];
    for (let i = 0; i < count; i++) {
      const target = targets.nth(i);
      if (!(await target.isVisible())) continue;
      await target.focus();
      const note = page.locator('.num-wrap:focus-within > .origin').last();
      await note.waitFor({ state: 'visible' });
      const box = await note.boundingBox();
      if (!box || box.x < 0 || box.x + box.width > width) outside.push(`${await target.innerText()}: ${JSON.stringify(box)}`);
    }
    expect(outside).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a changed number', () => {
  it('says “Essay 30% → yours 31%” and its reset button puts the essay’s value back', async () => {
    const page = await phone.open('arithmetic/');
    const slider = page.locator('main [role="slider"][data-param="mfu"]').first();
    const note = page.locator('main .num-wrap:has([role="slider"][data-param="mfu"]) > .origin').first();
    await slider.focus();
    expect(await note.innerText()).not.toContain('yours');
    expect(await note.locator('button').isVisible()).toBe(false);

    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => document.querySelector('main [role="slider"][data-param="mfu"]')?.getAttribute('aria-valuenow') === '0.31');
    expect(await note.innerText()).toContain('Essay 30% → yours 31%');
    // The sentence is part of the number's description for screen readers too.
    const described = await slider.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).innerText()).toContain('Essay 30% → yours 31%');
    const box = await note.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);

    // Keyboard: Tab reaches the reset button, Enter resets and returns to the number.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset to 30%');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('main [role="slider"][data-param="mfu"]')?.getAttribute('aria-valuenow') === '0.3');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('mfu');
    // The address follows within its write interval (writes are coalesced, at most about one per 250 ms).
    await expect.poll(() => new URL(page.url()).searchParams.get('mfu')).toBeNull();
    expect(await note.innerText()).not.toContain('yours');
    expect(pageErrors(page)).toEqual([]);
  });

  it('names the option on a changed menu, and a tap on reset puts it back', async () => {
    const page = await desktop.open('arithmetic/');
    const select = page.locator('main select[data-param="gpu"]').first();
    await select.selectOption('h100');
    await select.focus();
    const note = page.locator('main .num-wrap:has(select[data-param="gpu"]) > .origin').first();
    await note.waitFor({ state: 'visible' });
    expect(await note.innerText()).toMatch(/Essay NVIDIA A100.* → yours NVIDIA H100/);
    await note.locator('button').click();
    expect(await select.inputValue()).toBe('a100');
  });
});
