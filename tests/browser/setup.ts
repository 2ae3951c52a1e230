// Serves the built site on loopback and starts one Chromium for all the browser test files (each
// file connects to it: a browser started per file cost about a second and a CPU-second each);
// a missing browser or build is a failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { DIST } from '../support/dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where `useBrowser` connects to the shared Chromium. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium). Browser tests never skip.`);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await startServer({ root: DIST });
  project.provide('baseUrl', server.url);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
