// Takes a screenshot of a built page: node scripts/shot.mjs <path> <out.png> [width] [dark]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/support/chromium.mjs';

const [path = '', out = 'shot.png', width = '1200', scheme = 'light', selector = ''] = process.argv.slice(2);
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(server.url + path);
if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
await page.waitForTimeout(300);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
await server.close();
