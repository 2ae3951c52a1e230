// axe-core on every page, in light and dark: no violations.
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { PAGES } from '../support/dist';
import { openPage, useBrowser } from '../support/browser';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('axe, %s', (colorScheme) => {
  it.each(PAGES)('/%s has no violations', async (path) => {
    const page = await openPage(browser(), path, { colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary).toEqual([]);
    await page.context().close();
  });
});

describe('the axe harness', () => {
  it('reports a violation when there is one', async () => {
    const page = await openPage(browser(), '');
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const results = await new AxeBuilder({ page }).withRules(['image-alt']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual(['image-alt']);
    await page.context().close();
  });
});
