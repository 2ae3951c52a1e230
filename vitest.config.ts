import { defineConfig } from 'vitest/config';

// In CI, VITEST_JSON names a file for the results, which .ci/run adds up.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
    // One worker per core: Vitest's default leaves one core out, which here means one worker, and
    // the unit and html files (builds of broken chapters among them) then run one after another.
    maxWorkers: '100%',
    projects: [
      {
        // Generous: the machine may be busy; no unit test should depend on finishing within 5 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        // Reads the built site in dist/: `npm test` builds first.
        test: { name: 'html', include: ['tests/html/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        // Real clicks and key presses in Debian's Chromium against dist/ served on loopback.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          fileParallelism: false,
          // The files run one after another in one worker, which imports playwright-core and the
          // helpers once (they keep no state between files: each file connects to the shared
          // Chromium and closes its own tabs).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits on a condition; its default of 1 s gives out when the machine is busy.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
