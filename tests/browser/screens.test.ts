// Reading on any screen: the first screen, the sticky bar and its anchors, the chapter menu,
// the contents, reflow at 320 px and layout shift on a phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES } from '../support/dist';
import { CHAPTER_SLUGS } from '../../src/lib/model/chapters';
import { baseUrl, drawEveryBlock, layoutShift, openPage, pageErrors, reusedTab, useBrowser, watchLayoutShift } from '../support/browser';

const browser = useBrowser();
const CHAPTERS = CHAPTER_SLUGS.map((slug) => `${slug}/`);
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1440, height: 900 } };

// Tests that need no fresh profile read their pages in one tab per kind of screen (see reusedTab).
const phone = reusedTab(browser, PHONE);
const wide = reusedTab(browser, WIDE);
const narrow = reusedTab(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

/** Top and bottom of the first element matching `selector`, in the viewport. */
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });

describe('the first screen carries the argument', () => {
  it.each(CHAPTERS)('/%s on a 375 × 812 phone: title, then the dek or first paragraph within the top 70%, then the bar', async (path) => {
    const page = await phone.open(path);
    const lead = (await page.locator('.chapter-header .dek').count()) > 0 ? '.chapter-header .dek' : '.prose > p';
    const h1 = await box(page, 'h1');
    const text = await box(page, lead);
    expect(h1.top).toBeLessThan(text.top);
    expect(text.top).toBeLessThan(0.7 * 812);
    // The scenario bar follows the title (and the dek), before the first paragraph of the text.
    const bar = await box(page, 'essay-scenario');
    expect(bar.top).toBeGreaterThan(h1.bottom);
    expect(bar.bottom).toBeLessThan((await box(page, '.prose > p')).top);
  });
});

describe('a result always in view', () => {
  it('the sticky bar is one row of at most 48 px, shows the headline live and stays on screen while reading', async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 800 } }]) {
      const page = await openPage(browser(), 'arithmetic/', options);
      const bar = page.locator('essay-scenario');
      expect((await box(page, 'essay-scenario')).height).toBeLessThanOrEqual(48);
      const headline = bar.locator('[data-output="trainingCostUsd"]');
      expect(await bar.locator('.scenario-headline').innerText()).toMatch(/^Training cost\s+\$64\.8M$/);
      expect(await bar.locator('[data-changed-count]').innerText()).toBe('as in the essay');
      expect(await bar.locator('button[data-share]').innerText()).toBe('Copy link');
      // A change far down the page is answered in the bar, which is still on screen.
      const price = page.locator('[role="slider"][data-param="gpuHourUsd"]');
      await price.scrollIntoViewIfNeeded();
      await price.focus();
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => headline.innerText()).not.toBe('$64.8M');
      expect(await bar.locator('[data-changed-count]').innerText()).toBe('1 changed');
      const stuck = await box(page, 'essay-scenario');
      expect(stuck.top).toBeGreaterThanOrEqual(0);
      expect(stuck.bottom).toBeLessThanOrEqual(60);
      expect(stuck.height).toBeLessThanOrEqual(48);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the presets and "back to the essay" behind the bar’s scenario button', async () => {
    const page = await phone.open('arithmetic/');
    const preset = page.locator('button[data-preset="deepseek-v3"]');
    expect(await preset.isVisible()).toBe(false);
    await page.locator('.scenario-toggle').click();
    await preset.click();
    await expect.poll(() => page.locator('[data-changed-count]').innerText()).toBe('DeepSeek-V3 (2024)');
    const menu = await box(page, '.scenario-menu');
    expect(menu.left).toBeGreaterThanOrEqual(0);
    expect(menu.right).toBeLessThanOrEqual(375);
    await page.locator('button[data-reset]').click();
    await expect.poll(() => page.locator('[data-changed-count]').innerText()).toBe('as in the essay');
    await page.keyboard.press('Escape');
    expect(await preset.isVisible()).toBe(false);
  });

  it.each([
    ['arithmetic/', wide],
    ['arithmetic/', phone],
    ['moats/', phone],
  ] as const)('every heading of the contents of /%s lands below the bar', async (path, tab) => {
    const page = await tab.open(path);
    const toc = page.locator('.chapter-toc');
    const links = toc.locator('a');
    const n = await links.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      if (!(await links.nth(i).isVisible())) await toc.locator('summary').click();
      const hash = (await links.nth(i).getAttribute('href')) ?? '';
      await links.nth(i).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
      const heading = await box(page, hash);
      const bar = await box(page, 'essay-scenario');
      expect(heading.top).toBeGreaterThanOrEqual(bar.bottom);
      expect(heading.top).toBeLessThan(300);
    }
  });

  it('a chart or a scorecard card reached by its address lands below the bar', async () => {
    for (const [path, selector] of [['arithmetic/', '.chart-title[id]'], ['hindsight/', '[id="efficiency-60"]']] as const) {
      const page = await phone.open(path);
      const id = await page.locator(selector).nth(1).or(page.locator(selector).first()).first().getAttribute('id');
      expect(id).toBeTruthy();
      await page.goto(`${baseUrl()}${path}#${id}`);
      const target = await box(page, `#${id}`);
      const bar = await box(page, 'essay-scenario');
      expect(target.top).toBeGreaterThanOrEqual(bar.bottom);
    }
  });
});

describe('a way around', () => {
  it('the chapter menu works on a phone, says where the reader is, and fits the screen', async () => {
    const page = await phone.open('arithmetic/');
    const summary = page.locator('.site-menu > summary');
    expect(await summary.innerText()).toContain('3 of 6');
    expect(await summary.textContent()).toContain('Chapter 3 of 6');
    await summary.click();
    const list = await box(page, '.site-menu-list');
    expect(list.left).toBeGreaterThanOrEqual(0);
    expect(list.right).toBeLessThanOrEqual(375);
    expect(await page.locator('.site-menu-list a[aria-current="page"]').innerText()).toContain(await page.locator('h1').innerText());
    await page.locator('.site-menu-list a[href*="multimodal/"]').click();
    await page.waitForURL(/\/multimodal\//);
    expect(await page.locator('.site-menu > summary').textContent()).toContain('Chapter 4 of 6');
  });

  it('the chapter menu works without JavaScript', async () => {
    const page = await openPage(browser(), 'rockets/', { ...PHONE, javaScriptEnabled: false });
    await page.locator('.site-menu > summary').click();
    await page.locator('.site-menu-list a[href$="hindsight/"]').click();
    await page.waitForURL(/\/hindsight\//);
    expect(await page.locator('.site-menu > summary').textContent()).toContain('Scorecard');
    await page.context().close();
  });

  it('the contents mark the section being read, and each chapter points to the next', async () => {
    const page = await wide.open('arithmetic/');
    const toc = page.locator('.chapter-toc');
    expect(await toc.locator('a').first().isVisible()).toBe(true); // open beside the text on a wide screen
    const third = toc.locator('a').nth(2);
    const hash = (await third.getAttribute('href')) ?? '';
    await page.locator(hash).scrollIntoViewIfNeeded();
    await page.evaluate((h) => document.querySelector(h)?.scrollIntoView({ block: 'start' }), hash);
    await expect.poll(() => toc.locator('a[aria-current="location"]').getAttribute('href')).toBe(hash);
    expect(await toc.locator('a[aria-current="location"]').count()).toBe(1);
    const next = page.locator('.next-chapter a');
    expect(await next.getAttribute('href')).toMatch(/\/multimodal\/$/);
  });

  it('the contents are a closed disclosure on a phone, and the reading progress takes no room', async () => {
    const page = await phone.open('arithmetic/');
    expect(await page.locator('.chapter-toc a').first().isVisible()).toBe(false);
    await page.locator('.chapter-toc summary').click();
    expect(await page.locator('.chapter-toc a').first().isVisible()).toBe(true);
    const progress = page.locator('.reading-progress');
    expect(await progress.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    const scale = () => progress.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeGreaterThan(0.95);
  });

  it('the scorecard opens with its tally, on the first screen of a phone', async () => {
    const page = await phone.open('hindsight/');
    const tally = await box(page, '.tally-counts');
    expect(tally.top).toBeLessThan(812);
    expect(tally.top).toBeLessThan((await box(page, '.prose')).top);
  });
});

const still = reusedTab(browser, PHONE, watchLayoutShift);
const wideStill = reusedTab(browser, WIDE, watchLayoutShift);

describe.each(CHAPTERS)('/%s opened at a section', (path) => {
  it('does not shift its layout at 375 px or 1440 px when opened at a heading of its contents', async () => {
    // A reader who opens a link to a section of a chapter (its contents give one for each) lands there
    // while the page's scripts arrive (the moats' table's among them); nothing in view may move when they do.
    const targets = await (await phone.open(path)).locator('.chapter-toc a[href^="#"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(targets.length).toBeGreaterThan(0);
    for (const tab of [still, wideStill]) {
      for (const hash of targets) {
        // From another document, so that each is a load, not a jump within the page.
        await (await tab.page()).goto('about:blank');
        const page = await tab.open(path + hash, 'networkidle');
        await page.waitForTimeout(300);
        expect({ hash, shift: await layoutShift(page) }).toEqual({ hash, shift: 0 });
      }
    }
  });
});

describe.each(PAGES)('/%s on a phone', (path) => {
  it('does not shift its layout at 375 px', async () => {
    const page = await still.open(path, 'networkidle');
    await page.waitForTimeout(300);
    expect(await layoutShift(page)).toBe(0);
  });

  it('does not scroll sideways at 320 px with every disclosure open', async () => {
    const page = await narrow.open(path);
    // A changed number fills the tools' ledger; then open every disclosure, the tools panel's too.
    const slider = page.locator('.prose [role="slider"][data-param]').first();
    if ((await slider.count()) > 0) {
      await slider.focus();
      await page.keyboard.press('ArrowUp');
      await slider.blur(); // its tooltip is another matter
    }
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    if ((await page.locator('essay-tools').count()) > 0) await page.locator('[data-tools-body] h3').first().waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(width);
    // Wide tables scroll inside a labelled wrapper that the keyboard can reach.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => {
          const wrap = t.parentElement;
          const scrolls = wrap ? wrap.scrollWidth > wrap.clientWidth : false;
          return { scrolls, focusable: wrap?.getAttribute('tabindex') === '0', named: Boolean(wrap?.getAttribute('aria-label') || wrap?.getAttribute('aria-labelledby')) };
        })
        .filter((t) => t.scrolls),
    );
    for (const t of wide) expect(t).toEqual({ scrolls: true, focusable: true, named: true });
    // Nor does anything in a block of prose reach more than 1rem outside it: a block far from the
    // window clips its content there (skip-far.ts, global.css), which would cut it off unseen.
    // Measured with every block drawn: an undrawn one keeps the height it had before the disclosures opened.
    await drawEveryBlock(page);
    const reaching = await page.evaluate(() => {
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      const found: string[] = [];
      for (const block of document.querySelectorAll('.prose > *')) {
        const b = block.getBoundingClientRect();
        for (const el of block.querySelectorAll('*')) {
          // Notes shown only on hover or focus, when their block is drawn without the clip.
          if (el.closest('.origin, .quote-zh') || !el.checkVisibility({ visibilityProperty: true })) continue;
          let r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          // What a scrolling box inside the block hides is not drawn anyway.
          for (let a = el.parentElement; a && a !== block.parentElement; a = a.parentElement) {
            const cs = getComputedStyle(a);
            if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
              const q = a.getBoundingClientRect();
              r = new DOMRect(Math.max(r.left, q.left), Math.max(r.top, q.top), Math.min(r.right, q.right) - Math.max(r.left, q.left), Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top));
            }
          }
          if (r.width <= 0 || r.height <= 0) continue;
          const out = Math.max(b.left - r.left, r.right - b.right, b.top - r.top, r.bottom - b.bottom);
          if (out > rem) found.push(`${block.localName} > ${el.localName}: ${out.toFixed(1)} px`);
        }
      }
      return found;
    });
    expect(reaching).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
