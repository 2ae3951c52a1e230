// axe-core in a page of the site, as the axe tests run it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * An axe run in the page itself (`axe.run`). @axe-core/playwright's default runs axe in every
 * frame and then merges the results in a new blank tab, which costs a new renderer per run here;
 * the site's pages have no frames (`violations` checks), so the page's own run is the whole answer.
 * Every rule still checks every element, but only violations are reported in full: axe then
 * builds no selector or HTML excerpt for each element that passes.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/** The page's axe violations, as readable lines (rule: up to three targets); only `rules` when given. */
export async function violations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const frames = page.frames().length;
  if (frames !== 1) return [`the page has ${frames - 1} frame(s): run axe in each (drop setLegacyMode)`];
  const axe = axeOn(page);
  const results = await (rules ? axe.withRules([...rules]) : axe).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
