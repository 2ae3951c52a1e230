// npm run bench: builds the site, serves it on loopback, loads every page in
// Chromium and prints performance figures. It asserts nothing: budgets that
// can be checked deterministically are tests (tests/html/budget.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.mjs';

const PAGES = ['', 'arithmetic/', 'rockets/'];
const EVENTS = 300;

const t0 = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - t0) / 1000;

const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];

for (const path of PAGES) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  const types = new Map();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  const cls = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  let jsBytes = 0;
  let totalBytes = 0;
  let plotBefore = false;
  for (const [id, info] of types) {
    const bytes = sizes.get(id) ?? 0;
    totalBytes += bytes;
    if (info.type === 'Script') jsBytes += bytes;
    if (info.url.includes('plots')) plotBefore = true;
  }
  const requests = types.size;

  // Input → update latency, measured inside the page: from the input event to
  // the last dependent number being written (a MutationObserver callback).
  let latency = null;
  const slider = page.locator('input[type="range"][data-param]').first();
  if ((await slider.count()) > 0) {
    latency = await slider.evaluate(async (input, events) => {
      const outputs = document.querySelectorAll('[data-output]');
      const samples = [];
      const min = Number(input.min);
      const max = Number(input.max);
      for (let i = 0; i < events; i++) {
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            resolve(performance.now());
          });
          for (const o of outputs) mo.observe(o, { attributes: true, childList: true, characterData: true, subtree: true });
        });
        input.value = String(min + ((i % 50) / 50) * (max - min) + (i % 2 ? 0 : (max - min) / 100));
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const end = await Promise.race([done, new Promise((r) => setTimeout(() => r(null), 50))]);
        if (end !== null) samples.push(end - start);
      }
      samples.sort((a, b) => a - b);
      const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? null;
      return { n: samples.length, p50: q(0.5), p95: q(0.95) };
    }, EVENTS);
  }
  rows.push({ page: `/${path}`, jsBytes, totalBytes, requests, plotBeforeChange: plotBefore, cls, latency });
  await context.close();
}
await browser.close();
await server.close();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`\nbuild: ${buildSeconds.toFixed(1)} s\n`);
console.log('| page | JS before interaction (transfer) | total transfer | requests | Plot before change | layout shift | input→update p50 / p95 |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const lat = r.latency ? `${r.latency.p50?.toFixed(2)} / ${r.latency.p95?.toFixed(2)} ms (n=${r.latency.n})` : '—';
  console.log(`| ${r.page} | ${kb(r.jsBytes)} | ${kb(r.totalBytes)} | ${r.requests} | ${r.plotBeforeChange ? 'yes' : 'no'} | ${r.cls.toFixed(3)} | ${lat} |`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages: rows }, null, 2));
console.log('\nwritten: bench-results/latest.json');
