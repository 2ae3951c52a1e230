// axe-core on every page, in light and dark: no violations. In dark, the page is
// the same markup in other colours, so only the rules that read colours run
// there (the rest take about half of axe's time and would find what light found).
import { describe, expect, it } from 'vitest';
import { axeOn, violations } from '../support/axe';
import { PAGES } from '../support/dist';
import { openPage, reusedTab, useBrowser } from '../support/browser';

const browser = useBrowser();

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe.each(['light', 'dark'] as const)('axe, %s', (colorScheme) => {
  const tab = reusedTab(browser, { colorScheme });

  it.each(PAGES)('/%s has no violations', async (path) => {
    const page = await tab.open(path);
    expect(await violations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
  });
});

describe('the axe harness', () => {
  it('reports a violation when there is one', async () => {
    const page = await openPage(browser(), '');
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const results = await axeOn(page).withRules(['image-alt']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual(['image-alt']);
    await page.context().close();
  });

  it('finds text too faint to read in dark with the colour rules alone', async () => {
    const page = await openPage(browser(), 'arithmetic/', { colorScheme: 'dark' });
    await page.evaluate(() => document.querySelector('main p')?.setAttribute('style', 'color: #333'));
    const results = await axeOn(page).withRules([...COLOUR_RULES]).analyze();
    expect(results.violations.map((v) => v.id)).toContain('color-contrast');
    await page.context().close();
  });
});
