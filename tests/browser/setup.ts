// Serves the built site on loopback for the browser tests; a missing browser or build is a failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_PATH } from '../support/chromium.mjs';
import { DIST } from '../support/dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium). Browser tests never skip.`);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await startServer({ root: DIST });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
