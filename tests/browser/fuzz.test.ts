// Adversarial links in a real browser: never an error, never injected HTML, never NaN on screen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenario } from '../../src/lib/url';
import { adversarialQuery } from '../support/adversarial';
import { baseUrl, useBrowser, waitInPage } from '../support/browser';

const browser = useBrowser();

const queries = fc.sample(adversarialQuery, { seed: 7, numRuns: 40 });

describe('fuzz: adversarial links', () => {
  it.each(['arithmetic/', 'hindsight/'])('/%s survives 40 hostile query strings', async (path) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(baseUrl() + path);
    const baseline = await page.evaluate(() => document.querySelectorAll('img, script, iframe, object').length);
    for (const q of queries) {
      const query = q.replace(/#/g, '%23');
      await page.goto(`${baseUrl()}${path}?${query}`);
      // The notices are written once their code has arrived, after the load: read the page with them.
      await waitInPage(
        page,
        (notices) => customElements.get('essay-scenario') !== undefined && (!notices || document.querySelector('.notices.has-notices li') !== null),
        decodeScenario(query).notices.length > 0,
      );
      const [elements, text] = await page.evaluate(() => [document.querySelectorAll('img, script, iframe, object').length, document.querySelector('main')?.innerText ?? '']);
      expect(elements, q).toBe(baseline);
      // A notice may quote what the link said (“Infinity” is not a number…); every other word is the page's own.
      expect(text.replace(/“[^”]*”/g, '“…”'), q).not.toMatch(/\bNaN\b|Infinity|-\$0\.00/);
    }
    expect(errors).toEqual([]);
    await context.close();
    // 41 page loads: generous, as a busy machine can take seconds for each.
  }, 300_000);
});
