// The environment for a child build: without the variables vitest itself sets
// (BASE_URL, MODE, …), which Astro would otherwise read as its own, and without the
// site-address settings of the machine (SITE_URL, BASE_PATH, a host's build variables):
// a test names the ones it builds with.
const SITE_ADDRESS = ['SITE_URL', 'BASE_PATH', 'NETLIFY', 'URL', 'VERCEL', 'VERCEL_PROJECT_PRODUCTION_URL', 'CF_PAGES', 'CF_PAGES_URL', 'GITHUB_ACTIONS'];

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', ...SITE_ADDRESS].includes(k) || k.startsWith('VITEST') || k.startsWith('VITE_')) continue;
    env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
