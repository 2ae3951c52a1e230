// npm run bench: builds the site, serves it on loopback, loads every page in
// Chromium and prints performance figures. It asserts nothing: the budgets
// that can be checked deterministically are tests (tests/html/budget.test.ts,
// tests/browser/quality.test.ts); the timings are reported here only.
// Writes bench-results/latest.json and the "Latest run" section of docs/PERFORMANCE.md.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { pageWeight } from './js-weight.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const t0 = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - t0) / 1000;

const pages = ['', ...readdirSync('dist', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join('dist', d.name, 'index.html'))).map((d) => `${d.name}/`)];
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];

// The browser's own floor for a key step on this machine: each chapter's built page with its
// scripts taken out and one small script that changes the last digit of the number pressed, in
// view, and nothing else (no other number, sentence, chart, bar or address). Its figures say what a
// frame with one changed number costs the browser on this page here (style, layout, paint,
// compositing), whatever the site's own code does.
const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
writeFileSync(
  join(floorDir, 'floor.js'),
  `const steps = new WeakMap();
addEventListener('keydown', (e) => {
  const el = e.target instanceof Element ? e.target.closest('[role="slider"]') : null;
  const text = el && el.firstChild;
  if (!(text instanceof Text) || !/^Arrow(Left|Right)$/.test(e.key)) return;
  e.preventDefault();
  const s = steps.get(el) ?? { shown: text.data, by: 0 };
  s.by += e.key === 'ArrowRight' ? 1 : -1;
  steps.set(el, s);
  const digit = s.shown.match(/\\d(?=\\D*$)/);
  if (digit) text.data = s.shown.slice(0, digit.index) + ((Number(digit[0]) + s.by + 100) % 10) + s.shown.slice(digit.index + 1);
});
`,
);
const floorServer = await startServer({ root: floorDir });

const quantile = (xs, q) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : null);
/** The median of one figure over several runs, leaving out the runs that have none. */
const median = (runs, key) => quantile(runs.map((r) => r[key]).filter((x) => x !== null && x !== undefined), 0.5);
/** The lowest and highest of the runs' figures. */
const range = (runs, key) => [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))];
/** How many times were measured, and their median and 95th percentile (null when none were). */
const spread = (xs) => (xs.length ? { n: xs.length, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) } : null);

/**
 * The time a page's scripts take to evaluate on a load in a fresh profile, from a trace (the first
 * script upgrades every island: the longest task a page runs before the reader can use it).
 */
async function scriptEvalOnLoad(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const parse = trace.find((e) => e.name === 'ParseHTML');
  return trace.filter((e) => e.pid === parse?.pid && e.tid === parse?.tid && (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') && e.dur).reduce((sum, e) => sum + e.dur / 1000, 0);
}

/**
 * Runs `keys` (which presses `n` keys) and returns, for each key, its duration as the browser's
 * Event Timing reports it: from the key to the next frame shown after its handlers (a chart in view
 * is redrawn in that frame), in steps of 8 ms; the measure behind INP. Keys under 16 ms are not
 * reported, and count as 0 ("under 16 ms").
 */
async function onScreen(page, n, keys) {
  await page.evaluate(() => {
    window.__onScreen = [];
    window.__onScreenObserver ??= new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') window.__onScreen.push(e.duration);
    });
    window.__onScreenObserver.observe({ type: 'event', durationThreshold: 16 });
  });
  await keys();
  // Event Timing entries arrive a little after their frame.
  await page.waitForTimeout(1000);
  const reported = await page.evaluate(() => window.__onScreen);
  return [...reported, ...Array(Math.max(0, n - reported.length)).fill(0)];
}

/**
 * Real key presses on the focused number (right twice, left twice), each once the page is idle
 * again, as the reviewers pressed them; returns the times that `window[store].ends` collected, and
 * the same presses as Event Timing reports them.
 */
async function spacedPresses(page, store) {
  const presses = Math.floor(EVENTS / 3);
  await page.evaluate((s) => (window[s].ends = []), store);
  const screen = await onScreen(page, presses, async () => {
    for (let i = 0; i < presses; i++) {
      const before = await page.evaluate((s) => window[s].ends.length, store);
      await page.keyboard.press(i % 4 < 2 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate(([s, n]) => new Promise((resolve) => {
        const wait = () => (window[s].ends.length > n ? requestIdleCallback(() => resolve(null), { timeout: 1000 }) : setTimeout(wait, 5));
        setTimeout(() => resolve(null), 2000);
        wait();
      }), [store, before]);
    }
  });
  return { ends: await page.evaluate((s) => window[s].ends, store), screen };
}

/** `n` real key presses on the focused number (right twice, left twice), each after a frame once the page is idle again. */
async function pressWhenIdle(page, n) {
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 4 < 2 ? 'ArrowRight' : 'ArrowLeft');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(null), { timeout: 1000 }))));
  }
}

/**
 * The page's main thread's own work for a key step, from a trace: real key presses on the focused
 * number (right twice, left twice), each once the page is idle again; for each, the time the main
 * thread was busy from the task that ran the keydown to the end of the first task after it that
 * painted a frame (the key's release, and any task between, included). The waits between those
 * tasks (for the next frame, above all) are left out, and so is what other threads do after the
 * main thread (rasterising and compositing, in software here): this is the part of a step that the
 * page's code and its markup decide, the work that must fit in a frame, whatever the machine
 * does with it afterwards. Tracing itself adds a little to each task.
 */
async function mainThreadWork(page, presses) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await pressWhenIdle(page, presses);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keys.length) return [];
  const { pid, tid } = keys[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const paints = main.filter((e) => e.name === 'Paint').map((e) => e.ts);
  const work = [];
  for (const key of keys) {
    let i = tasks.findIndex((t) => t.ts <= key.ts && key.ts <= t.ts + t.dur);
    if (i < 0) continue;
    let busy = 0;
    for (; i < tasks.length; i++) {
      const t = tasks[i];
      busy += t.dur;
      if (paints.some((ts) => t.ts <= ts && ts <= t.ts + t.dur)) break;
    }
    if (i < tasks.length) work.push(busy / 1000);
  }
  return work;
}

/** Keys sent while one is held: 30 a second, as key repeat sends them. */
const HELD_KEYS = 60;
const HELD_EVERY_MS = 33;

/**
 * A held arrow key (right for six repeats, then left for six, so that the number never stops at an
 * end of its range), sent as key repeat through the DevTools protocol, which sends each key once the
 * page has taken the one before. Returns each key as Event Timing reports it. (A task posted from the
 * frame, as the reviewers' measure uses, would not do here: while keys keep coming the browser runs
 * input and frames first, and such a task waits behind them.)
 */
function heldKey(page, cdp) {
  const send = (type, key, autoRepeat = false) => cdp.send('Input.dispatchKeyEvent', { type, key, code: key, windowsVirtualKeyCode: key === 'ArrowLeft' ? 37 : 39, autoRepeat });
  return onScreen(page, HELD_KEYS, async () => {
    for (let i = 0; i < HELD_KEYS; i++) {
      const sent = performance.now();
      const key = i % 12 < 6 ? 'ArrowRight' : 'ArrowLeft';
      await send('rawKeyDown', key, i % 6 > 0);
      if (i % 6 === 5 || i === HELD_KEYS - 1) await send('keyUp', key);
      const left = HELD_EVERY_MS - (performance.now() - sent);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
  });
}

/**
 * The same presses on the floor page of a chapter (see floorDir above), on its first number in
 * view, each once the page is idle again (after four presses to warm up); Event Timing's durations
 * at 1× and 4×.
 */
async function floorPresses(path) {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  mkdirSync(join(floorDir, path), { recursive: true });
  writeFileSync(join(floorDir, path, 'index.html'), html.replace('</body>', '<script src="/floor.js"></script></body>'));
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(floorServer.url + path, { waitUntil: 'networkidle' });
  const number = page.locator('.prose [role="slider"][data-param]').first();
  await number.scrollIntoViewIfNeeded();
  await number.focus();
  await pressWhenIdle(page, 4);
  const presses = Math.floor(EVENTS / 3);
  const out = {};
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    out[rate] = { screen: await onScreen(page, presses, () => pressWhenIdle(page, presses)), work: await mainThreadWork(page, presses) };
  }
  await context.close();
  return out;
}

for (const path of pages) {
  const evals = [];
  for (let i = 0; i < 3; i++) evals.push(await scriptEvalOnLoad(path));
  const scriptEval = quantile(evals, 0.5);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map();
  const responses = new Map();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, { url: e.response.url, type: e.type }));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The charts at least partly in the viewport, for the key-press measures below.
    window.__chartsInView = () => [...document.querySelectorAll('essay-chart')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__shift);
  let jsTransfer = 0;
  let totalTransfer = 0;
  let plotBeforeChange = false;
  for (const [id, info] of responses) {
    const bytes = sizes.get(id) ?? 0;
    totalTransfer += bytes;
    if (info.type === 'Script') jsTransfer += bytes;
    if (/plots|src\.[\w-]+\.js/.test(info.url)) plotBeforeChange = true;
  }
  const requests = responses.size;

  // A key step on a number → the screen, measured inside the page at full speed and with the CPU
  // throttled 4×: from the key press to the dependent numbers written (synchronously) and, where a
  // chart is in view, to that chart redrawn (in the next frame).
  const steps = {};
  const number = page.locator('.prose [role="slider"][data-param]').first();
  if ((await number.count()) > 0) {
    // The number need not be on screen for a key press dispatched to it; the chart must be.
    await number.scrollIntoViewIfNeeded();
    const chart = page.locator('essay-chart').first();
    if ((await chart.count()) > 0) await chart.scrollIntoViewIfNeeded();
    // The chart in view, kept for both measures (window.__inView). For the reviewers' measure: from
    // a keydown event's timeStamp to the end of the frame in which that chart was redrawn (a
    // MessageChannel task posted when its data-rendered changes, in the redraw's own
    // requestAnimationFrame callback: it runs after that frame's style, layout and paint). False
    // where no chart is in view. The number is focused without scrolling, so the chart stays in view.
    await number.evaluate((el) => el.focus({ preventScroll: true }));
    const pressable = await page.evaluate(() => {
      const inView = window.__chartsInView()[0];
      window.__inView = inView ?? null;
      if (!inView) return false;
      window.__press = { down: 0, ends: [] };
      addEventListener('keydown', (e) => (window.__press.down = e.timeStamp), { capture: true });
      new MutationObserver(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__press.ends.push(performance.now() - window.__press.down);
        channel.port2.postMessage(0);
      }).observe(inView, { attributes: true, attributeFilter: ['data-rendered'] });
      return true;
    });
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const samples = await number.evaluate(async (el, events) => {
        const inView = window.__inView;
        const out = { numbers: [], chart: [] };
        for (let i = 0; i < events; i++) {
          // Up and down in turn, so that the number never stops at the end of its range.
          const key = i % 4 < 2 ? 'ArrowRight' : 'ArrowLeft';
          const before = inView ? Number(inView.dataset.rendered ?? 0) : 0;
          const start = performance.now();
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          out.numbers.push(performance.now() - start);
          if (inView) {
            const drawn = await new Promise((resolve) => {
              const check = () => (Number(inView.dataset.rendered ?? 0) > before ? resolve(performance.now()) : requestAnimationFrame(check));
              setTimeout(() => resolve(null), 1000);
              check();
            });
            if (drawn !== null) out.chart.push(drawn - start);
          } else {
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }
        return out;
      }, EVENTS);
      // The first chart redraw (at full speed) fetches Plot: report it apart from the steady state.
      const first = rate === 1 ? (samples.chart.shift() ?? null) : null;
      // As the reviewers measured it (see the listeners above): a real key press on the focused
      // number, each once the page is idle again.
      const spaced = pressable ? await spacedPresses(page, '__press') : { ends: [], screen: [] };
      const held = pressable ? await heldKey(page, cdp) : [];
      const work = pressable ? await mainThreadWork(page, Math.floor(EVENTS / 3)) : [];
      steps[rate] = {
        numbers: { ...spread(samples.numbers), first: rate === 1 ? samples.numbers[0] : null },
        withChart: samples.chart.length ? { ...spread(samples.chart), first } : null,
        spaced: spread(spaced.ends),
        spacedOnScreen: spread(spaced.screen),
        held: spread(held),
        work: spread(work),
      };
    }
    // The page's own frame: the same presses with no chart in view (a chart out of view is redrawn
    // when the page is idle, not in the frame), from the keydown's timeStamp to the end of the first
    // frame after it (a MessageChannel task posted from that frame's requestAnimationFrame callback).
    const bare = await page.evaluate(() => {
      const chartInView = () => window.__chartsInView().length > 0;
      for (let y = 0; y < document.documentElement.scrollHeight && chartInView(); y += 100) scrollTo(0, y);
      if (chartInView()) return false;
      window.__bare = { ends: [] };
      addEventListener('keydown', (e) => {
        const down = e.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__bare.ends.push(performance.now() - down);
          channel.port2.postMessage(0);
        });
      }, { capture: true });
      return true;
    });
    for (const rate of bare ? [1, 4] : []) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const { ends, screen } = await spacedPresses(page, '__bare');
      steps[rate].bare = spread(ends);
      steps[rate].bareOnScreen = spread(screen);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (pressable) {
      const floor = await floorPresses(path);
      for (const rate of [1, 4]) {
        steps[rate].floorOnScreen = spread(floor[rate].screen);
        steps[rate].floorWork = spread(floor[rate].work);
      }
    }
  }
  rows.push({ page: `/${path}`, jsBeforeInteractionGzip: pageWeight('dist', path).bytes, jsTransfer, totalTransfer, requests, plotBeforeChange, cls, scriptEval, steps });
  await context.close();
}

// On a phone (375 × 812, 4× slower CPU, a slow 4G network as Lighthouse models it): layout shift,
// the smallest chart text, and the largest contentful paint against a plain HTML page of the same
// text, served by the same kind of server and loaded in the same run, interleaved.
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 3);
const plainDir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
const plainServer = await startServer({ root: plainDir });
const phone = [];

/** One load on an emulated phone: LCP (ms), layout shift, and the smallest chart text (px). */
async function phoneLoad(url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  // Chromium reports no LCP for some headless loads: those count as missing, never as 0 ms.
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    // Chart text as drawn: the SVG's font size times its scale on screen.
    // Only the drawing shown: each chart carries a wide and a narrow one, and CSS hides one.
    const shown = [...document.querySelectorAll('essay-chart svg text, .chart svg text')].filter((t) => (t.ownerSVGElement?.getBoundingClientRect().width ?? 0) > 0);
    const sizes = shown.map((t) => {
      const svg = t.ownerSVGElement;
      const box = svg?.viewBox?.baseVal;
      const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
      return parseFloat(getComputedStyle(t).fontSize) * scale;
    });
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return { lcp: window.__lcp || null, fcp, cls: window.__shift, chartTextMin: sizes.length ? Math.min(...sizes) : null, text: document.querySelector('main')?.innerText ?? '', title: document.title };
  });
  await context.close();
  return result;
}

const plainPage = (title, text) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}</body></html>`;

/** The plain page of a path's text, in plainDir (written by the phone loads, read again by Lighthouse). */
const plainFile = (path) => `${path.replace(/\/$/, '') || 'home'}.html`;

/**
 * A page padded with hidden, incompressible text (a fixed pseudo-random sequence) until, gzipped as
 * the server sends it, it weighs `bytes`: the plain page at the site page's weight, which shows how
 * much of the gap to the plain page its bytes alone explain in Lighthouse's model of a slow network.
 */
function paddedTo(html, bytes) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const noise = (n) => {
    let seed = 1;
    let out = '';
    for (let i = 0; i < n; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      out += chars[(seed >>> 16) & 63];
    }
    return out;
  };
  const page = (n) => html.replace('</body>', `<div hidden>${noise(n)}</div></body>`);
  let n = 0;
  for (let i = 0; i < 8; i++) n = Math.max(0, Math.round(n + (bytes - gzipSync(page(n)).length) / 0.75));
  return page(n);
}
const paddedFile = (path) => plainFile(path).replace(/\.html$/, '-padded.html');

for (const path of pages) {
  const site = [];
  const plain = [];
  for (let i = 0; i < PHONE_RUNS; i++) {
    const load = await phoneLoad(server.url + path);
    site.push(load);
    const file = plainFile(path);
    writeFileSync(join(plainDir, file), plainPage(load.title, load.text));
    plain.push(await phoneLoad(plainServer.url + file));
  }
  const lcp = median(site, 'lcp');
  const base = median(plain, 'lcp');
  phone.push({ page: `/${path}`, lcp, plainLcp: base, lcpRatio: lcp !== null && base ? lcp / base : null, fcp: median(site, 'fcp'), plainFcp: median(plain, 'fcp'), cls: Math.max(...site.map((r) => r.cls)), chartTextMin: site.map((r) => r.chartTextMin).find((x) => x !== null) ?? null });
}
await browser.close();

// Lighthouse, where the package is installed (it is large, so it is optional). On a phone it also
// loads the plain page of the same text, and that page padded to the site page's weight, interleaved,
// for the issue's own measure of LCP and the part of it that the bytes alone explain: Lighthouse's
// simulated slow 4G and 4× slower CPU, against the plain page measured in the same run.
let lighthouse = null;
if (existsSync('node_modules/lighthouse') && LIGHTHOUSE_RUNS > 0) {
  lighthouse = {};
  // Asynchronous: the servers answering Lighthouse run in this very process.
  const run = async (url, preset) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', '--only-categories=performance,accessibility', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`, ...(preset === 'desktop' ? ['--preset=desktop'] : [])], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(stdout);
    return { performance: json.categories.performance.score * 100, accessibility: json.categories.accessibility.score * 100, lcp: json.audits['largest-contentful-paint'].numericValue, tbt: json.audits['total-blocking-time'].numericValue };
  };
  for (const path of ['', 'arithmetic/']) {
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      const plain = [];
      const padded = [];
      const htmlGzip = gzipSync(readFileSync(join('dist', path, 'index.html'))).length;
      if (preset === 'mobile') writeFileSync(join(plainDir, paddedFile(path)), paddedTo(readFileSync(join(plainDir, plainFile(path)), 'utf8'), htmlGzip));
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        runs.push(await run(server.url + path, preset));
        if (preset === 'mobile') {
          plain.push(await run(plainServer.url + plainFile(path), preset));
          padded.push(await run(plainServer.url + paddedFile(path), preset));
        }
      }
      const lcp = median(runs, 'lcp');
      const plainLcp = plain.length ? median(plain, 'lcp') : null;
      const paddedLcp = padded.length ? median(padded, 'lcp') : null;
      lighthouse[`/${path} ${preset}`] = { performance: median(runs, 'performance'), performanceRange: range(runs, 'performance'), accessibility: median(runs, 'accessibility'), tbt: median(runs, 'tbt'), tbtRange: range(runs, 'tbt'), lcp, plainLcp, lcpRatio: plainLcp ? lcp / plainLcp : null, htmlGzip, paddedLcp, paddedRatio: plainLcp && paddedLcp ? paddedLcp / plainLcp : null };
    }
  }
}
await plainServer.close();
rmSync(plainDir, { recursive: true, force: true });
await floorServer.close();
rmSync(floorDir, { recursive: true, force: true });
await server.close();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(2)} ms`);
const step = (s) =>
  s ? `${s.numbers ? `${ms(s.numbers.p50)} / ${ms(s.numbers.p95)}${s.numbers.first === null ? '' : ` (${ms(s.numbers.first)})`}` : '—'} | ${s.withChart ? `${ms(s.withChart.p50)} / ${ms(s.withChart.p95)}${s.withChart.first === null ? '' : ` (${ms(s.withChart.first)})`}` : '—'}` : '— | —';
const table = [
  '| page | JS before interaction (gzip) | transferred (JS / all) | requests | Plot before a change | layout shift | scripts evaluating on load (full speed, median of 3) |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.page} | ${kb(r.jsBeforeInteractionGzip)} | ${kb(r.jsTransfer)} / ${kb(r.totalTransfer)} | ${r.requests} | ${r.plotBeforeChange ? 'yes' : 'no'} | ${r.cls.toFixed(3)} | ${r.scriptEval.toFixed(1)} ms |`),
].join('\n');
const stepTable = [
  `A key step on a number (the first draggable number in the prose; ${EVENTS} steps per page, with the first chart on the page in view where it has one), at full speed and with the CPU throttled 4×:`,
  '',
  '| page | 1×: key → numbers p50 / p95 (first change, the number focused) | 1×: key → chart redrawn p50 / p95 (first, with Plot fetch) | 4×: key → numbers p50 / p95 | 4×: key → chart redrawn p50 / p95 |',
  '|---|---|---|---|---|',
  ...rows.filter((r) => r.steps[1]).map((r) => `| ${r.page} | ${step(r.steps[1])} | ${step(r.steps[4])} |`),
].join('\n');
const p50p95 = (x) => (x ? `${ms(x.p50)} / ${ms(x.p95)}` : '—');
const spacedTable = [
  `A real key press on the same number, once the page is idle again, to the end of the frame in which the chart in view was redrawn (as the reviewers measured), and, with no chart in view, to the end of the first frame after the key (the page's own frame: numbers, sentences, the bar; charts out of view wait for idle); ${Math.floor(EVENTS / 3)} presses per page, measure and speed:`,
  '',
  '| page | 1×: key → frame end p50 / p95 | 4×: key → frame end p50 / p95 | no chart in view, 1× | no chart in view, 4× |',
  '|---|---|---|---|---|',
  ...rows.filter((r) => r.steps[1]?.spaced || r.steps[1]?.bare).map((r) => `| ${r.page} | ${p50p95(r.steps[1].spaced)} | ${p50p95(r.steps[4]?.spaced)} | ${p50p95(r.steps[1].bare)} | ${p50p95(r.steps[4]?.bare)} |`),
].join('\n');
const screenP50P95 = (x) => (x ? [x.p50, x.p95].map((v) => (v === 0 ? 'under 16' : v.toFixed(0))).join(' / ') : '—');
const screenTable = [
  `The same presses as the browser's Event Timing reports them: from the key to the next frame shown after its handlers, as INP measures (in ms, in steps of 8 ms, nothing under 16 ms reported), p50 / p95; an arrow key held with the chart in view (${HELD_KEYS} keys at up to ${Math.round(1000 / HELD_EVERY_MS)} a second, sent as key repeat, each once the page has taken the one before); and the browser's floor here: the same presses on the chapter's built page with its scripts taken out and one that changes only the last digit of the number pressed, in view (a frame with one changed number on this page):`,
  '',
  '| page | chart in view, 1× | chart in view, 4× | no chart in view, 1× | no chart in view, 4× | key held, 1× | key held, 4× | floor, 1× | floor, 4× |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.filter((r) => r.steps[1]?.spacedOnScreen || r.steps[1]?.bareOnScreen).map((r) => `| ${r.page} | ${[r.steps[1].spacedOnScreen, r.steps[4]?.spacedOnScreen, r.steps[1].bareOnScreen, r.steps[4]?.bareOnScreen, r.steps[1].held, r.steps[4]?.held, r.steps[1].floorOnScreen, r.steps[4]?.floorOnScreen].map(screenP50P95).join(' | ')} |`),
].join('\n');
const workP50P95 = (x) => (x ? [x.p50, x.p95].map((v) => v.toFixed(1)).join(' / ') : '—');
const workTable = [
  `Spaced presses like those above, with the chart in view and on the floor page, traced (${Math.floor(EVENTS / 3)} presses per page and speed): the page's main thread's own work for a step, from the task that runs the key to the end of the first frame it paints after it, the waits between them left out (in ms, p50 / p95). What must fit in a frame (16.7 ms at 60 Hz) whatever the machine; Event Timing above adds the wait for the frame and what the other threads do after it (rasterising and compositing, in software on this machine):`,
  '',
  '| page | chart in view, 1× | chart in view, 4× | floor, 1× | floor, 4× |',
  '|---|---|---|---|---|',
  ...rows.filter((r) => r.steps[1]?.work).map((r) => `| ${r.page} | ${[r.steps[1].work, r.steps[4]?.work, r.steps[1].floorWork, r.steps[4]?.floorWork].map(workP50P95).join(' | ')} |`),
].join('\n');
const phoneTable = [
  `On a phone (375 × 812, CPU 4× slower, 150 ms round trips at 1.6 Mbps; median of ${PHONE_RUNS} loads, against a plain HTML page of the same text loaded in the same run):`,
  '',
  '| page | layout shift (max) | FCP (plain page) | LCP (plain page) | LCP ÷ plain | smallest chart text |',
  '|---|---|---|---|---|---|',
  ...phone.map((r) => `| ${r.page} | ${r.cls.toFixed(3)} | ${r.fcp === null ? '—' : r.fcp.toFixed(0)} ms (${r.plainFcp === null ? '—' : r.plainFcp.toFixed(0)} ms) | ${r.lcp === null ? '—' : r.lcp.toFixed(0)} ms (${r.plainLcp === null ? '—' : r.plainLcp.toFixed(0)} ms) | ${r.lcpRatio === null ? '—' : `${r.lcpRatio.toFixed(2)}×`} | ${r.chartTextMin === null ? '—' : `${r.chartTextMin.toFixed(1)} px`} |`),
].join('\n');
const lh = lighthouse
  ? Object.entries(lighthouse)
      .map(([k, v]) => `- ${k}: performance ${v.performance} (runs ${v.performanceRange.join('–')}), accessibility ${v.accessibility}, total blocking time ${v.tbt.toFixed(0)} ms (runs ${v.tbtRange.map((x) => x.toFixed(0)).join('–')}), LCP ${v.lcp.toFixed(0)} ms${v.lcpRatio === null ? '' : ` (plain page ${v.plainLcp.toFixed(0)} ms: ${v.lcpRatio.toFixed(2)}×; the plain page padded to this page's ${kb(v.htmlGzip)} of gzipped HTML: ${v.paddedLcp.toFixed(0)} ms, ${v.paddedRatio.toFixed(2)}×)`} (median of ${LIGHTHOUSE_RUNS})`)
      .join('\n')
  : LIGHTHOUSE_RUNS > 0
    ? '- Lighthouse: not installed here (`npm install --no-save lighthouse` to include its scores).'
    : '- Lighthouse: not run (BENCH_LIGHTHOUSE_RUNS=0).';
const date = new Date().toISOString().slice(0, 10);
const report = `Run on ${date} (build ${buildSeconds.toFixed(1)} s, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end):\n\n${table}\n\n${stepTable}\n\n${spacedTable}\n\n${screenTable}\n\n${workTable}\n\n${phoneTable}\n\n${lh}\n`;
console.log(`\n${report}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date, buildSeconds, events: EVENTS, pages: rows, phone, lighthouse }, null, 2));
const doc = 'docs/PERFORMANCE.md';
if (existsSync(doc)) {
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (text.includes(start) && text.includes(end)) {
    writeFileSync(doc, `${text.slice(0, text.indexOf(start) + start.length)}\n${report}${text.slice(text.indexOf(end))}`);
    console.log(`updated: ${doc}`);
  }
}
console.log('written: bench-results/latest.json');
