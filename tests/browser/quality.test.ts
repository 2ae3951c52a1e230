// Quality gates in the browser: same-origin only, no CSP violation, no layout shift,
// and a polite announcement when a conclusion changes.
import { describe, expect, it } from 'vitest';
import { PAGES } from '../support/dist';
import { afterFrames, baseUrl, layoutShift, openPage, pageErrors, useBrowser, watchLayoutShift } from '../support/browser';

const browser = useBrowser();

describe.each(PAGES)('/%s', (path) => {
  it('requests nothing from another origin, breaks no policy, and does not shift', async () => {
    const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await watchLayoutShift(page);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await afterFrames(page);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    expect(violations).toEqual([]);
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });
});

describe('announcements', () => {
  it('announces a changed conclusion once, politely, after the reader pauses', async () => {
    const page = await openPage(browser(), 'arithmetic/');
    const live = page.locator('[data-announcer]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.innerText()).toBe('');
    const cut = page.locator('[role="slider"][data-param="gpuPriceCut"]');
    await cut.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => live.innerText(), { timeout: 5000 }).toContain('lands inside that band');
    // The sentence as a reader sees it: not the origin notes of the numbers in it.
    expect(await live.innerText()).not.toMatch(/computed|Computed:|training cost ÷/);
    expect(await live.innerText()).toMatch(/lands inside that band, at \$[\d.]+M\.?$/);
    // Numbers alone are not announced: a change that keeps every conclusion says nothing new.
    await page.evaluate(() => {
      const el = document.querySelector('[data-announcer]');
      if (el) el.textContent = '';
    });
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(1500);
    expect(await live.innerText()).toBe('');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
