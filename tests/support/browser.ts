// Launching Debian's Chromium with playwright-core, and reading the page contract.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The browser for a test file: the Chromium that the browser tests' setup started for every file,
 * connected to before the file's tests and disconnected after, which closes whatever tabs the
 * file left open. A test that needs a browser started otherwise launches its own (`launch`).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet.');
    return browser;
  };
}

export const baseUrl = () => inject('baseUrl');

/** A fresh browser profile (no shared state) with one page open at `path`. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newTab(browser, options);
  await page.goto(baseUrl() + path);
  if (options.javaScriptEnabled !== false) await upgraded(page);
  return page;
}

/**
 * Waits until the page's islands are upgraded. The load event can come first: the page's script is
 * asked for only once the page has painted (src/integrations/script-after-paint.ts). The tests act
 * on the upgraded page.
 */
export function upgraded(page: Page): Promise<void> {
  return waitInPage(page, () => customElements.get('essay-scenario') !== undefined, null);
}

/** A fresh browser profile with one blank tab that collects its errors (read them with `pageErrors`). */
async function newTab(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Console errors include Content-Security-Policy violations.
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/**
 * One tab for a series of visits with the same options: each visit navigates the same tab to a
 * fresh document (scrolled to the top, nothing kept from the last), which costs a fraction of
 * opening a new tab here (a new tab starts a renderer: about half a second and a second of CPU on
 * these machines). What a tab keeps between visits: the profile's storage (the site stores only
 * the theme), its cache (the `_astro/` files), and whatever a test set on the tab itself (media
 * emulation, routes, clocks, permissions, listeners). A test that changes the theme or the tab,
 * or that must see a first fetch or open a link with nothing in the browser, opens its own
 * (`openPage`). `prepare` runs once on the blank tab, before the first visit (an init script runs
 * again in every document); `page()` gives the tab without visiting anything (to listen to a
 * visit from its start). `pageErrors` holds the errors of the current visit only. The tab closes
 * after the tests of the file or `describe` that made it, as `useBrowser`'s browser does.
 */
export interface ReusedTab {
  page(): Promise<Page>;
  open(path: string, waitUntil?: 'load' | 'networkidle'): Promise<Page>;
}

export function reusedTab(browser: () => Browser, options: BrowserContextOptions = {}, prepare?: (page: Page) => Promise<void>): ReusedTab {
  let tab: Page | undefined;
  const page = async () => {
    if (!tab) {
      tab = await newTab(browser(), options);
      await prepare?.(tab);
    }
    return tab;
  };
  afterAll(async () => {
    await tab?.context().close();
    tab = undefined;
  });
  return {
    page,
    async open(path, waitUntil = 'load') {
      const p = await page();
      pageErrors(p).length = 0;
      await p.goto(baseUrl() + path, { waitUntil });
      if (options.javaScriptEnabled !== false) await upgraded(p);
      return p;
    },
  };
}

/**
 * Waits until `condition(arg)` holds in the page, checking once a frame, for up to `timeout` ms.
 * Playwright's `waitForFunction` does the same through its injected script, which it sets up
 * afresh in every document: about 50 ms a visit here, which a test visiting a page 175 times
 * (prose-presets) feels. `condition` runs in the page, so it may use only its argument.
 */
export async function waitInPage<A>(page: Page, condition: (arg: A) => boolean, arg: A, timeout = 30_000): Promise<void> {
  // An expression, not a function: the page's Content-Security-Policy forbids building one there.
  const met = await page.evaluate(`new Promise((resolve) => {
    const condition = ${condition.toString()};
    const arg = ${JSON.stringify(arg)};
    const end = performance.now() + ${timeout};
    const check = () => (condition(arg) ? resolve(true) : performance.now() > end ? resolve(false) : requestAnimationFrame(check));
    check();
  })`);
  if (met !== true) throw new Error(`waitInPage: not met within ${timeout} ms: ${condition.toString()}`);
}

/**
 * Follows the chapter's "next" link and waits until the new page is upgraded, as a reader would
 * before clicking on: a link followed before the page's script runs is the bare link the build wrote.
 */
export async function nextChapter(page: Page, path: RegExp): Promise<void> {
  await page.locator('.chapter-nav a[rel="next"]').click();
  await page.waitForURL(path);
  await upgraded(page);
}

/**
 * Records what the page's script writes to the built page contract once the HTML is parsed: the
 * numbers (`data-output`), the draggable numbers and sliders (`data-param`), the origin notes and
 * the conclusions; and to what else the built page already shows right: the chapters' "what
 * happened" notes, the scenario bar, the buttons that set a number, the scorecard's cards and rows
 * and the rest of the scorecard, and the theme button. Each write is named by the element it
 * changed ("output trainingCostUsd", "param gpuCount", "origin gpuCount", "conclusion fitsBudget",
 * "note efficiency-60", "bar", "set subsumeChance", "claim efficiency-60", "scorecard", "theme"); a
 * link's address is left out (the site's links carry the reader's scenario). Read them with
 * `contractWrites`. Call before `goto`. The observer starts when the document becomes interactive,
 * which comes before module scripts run, so every write of the upgrade is seen and none of the
 * parser's.
 */
export async function watchContractWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const writes: string[] = [];
    (window as unknown as { __writes: string[] }).__writes = writes;
    const name = (node: Node): string | undefined => {
      const el = node instanceof Element ? node : node.parentElement;
      const owner = el?.closest('[data-output], [data-param], essay-origin, essay-conclusion, essay-hindsight-note, [data-claim], [data-row-claim], essay-scenario, essay-set, essay-hindsight, essay-theme');
      if (!(owner instanceof HTMLElement)) return undefined;
      const d = owner.dataset;
      if (d.output) return `output ${d.output}`;
      if (d.param) return `param ${d.param}`;
      if (d.originParam) return `origin ${d.originParam}`;
      if (owner.localName === 'essay-conclusion') return `conclusion ${d.conclusion ?? '?'}`;
      if (d.note) return `note ${d.note}`;
      if (d.claim || d.rowClaim) return `claim ${d.claim ?? d.rowClaim}`;
      if (owner.localName === 'essay-set') return `set ${owner.querySelector<HTMLElement>('[data-set-param]')?.dataset.setParam ?? '?'}`;
      const names: Record<string, string> = { 'essay-scenario': 'bar', 'essay-hindsight': 'scorecard', 'essay-theme': 'theme' };
      return names[owner.localName] ?? owner.localName;
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        // Links to the site's other pages carry the reader's scenario: by design, not a rewrite.
        // A block of prose marked as far from the window (skip-far.ts) is not drawn: its content is unchanged.
        if (r.attributeName === 'href' || r.attributeName === 'data-far') continue;
        const n = name(r.target);
        if (n) writes.push(n);
      }
    });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') observer.observe(document.documentElement, { subtree: true, attributes: true, characterData: true, childList: true });
    });
  });
}

/** The contract elements written since the page's HTML was parsed (see `watchContractWrites`), each once, sorted. */
export function contractWrites(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set((window as unknown as { __writes: string[] }).__writes)].sort());
}

/**
 * Draws every block of the prose, those far from the window too (skip-far.ts leaves them undrawn
 * once a number has changed): a test that reads text with `innerText` or measures a block as it
 * stands now sees the page as a reader who scrolls there does. The layout is the same either way.
 */
export async function drawEveryBlock(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.prose > * { content-visibility: visible !important }' });
}

/** Counts the page's layout shifts that no input caused, from its first paint on; read them with `layoutShift`. Call before `goto`. */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** The raw value of an output, as the page contract carries it. */
export async function outputValue(page: Page, id: string): Promise<number> {
  const raw = await page.locator(`[data-output="${id}"]`).first().getAttribute('data-value');
  return Number(raw);
}

export async function conclusionState(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-conclusion="${id}"]`).first().getAttribute('data-state');
}

/** The sentence a reader sees for a conclusion (its visible variant). */
export async function conclusionText(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-conclusion="${id}"] > [data-when]:not([hidden])`).first().innerText()).trim();
}


/**
 * Waits until the page has rendered two more frames: by then the observers and animation-frame
 * callbacks due for what came before have run (a condition, not a fixed sleep).
 */
export async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
