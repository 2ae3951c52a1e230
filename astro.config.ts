import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import validateContent from './src/integrations/validate-content';
import securityHeaders from './src/integrations/security-headers';
import scriptAfterPaint from './src/integrations/script-after-paint';
import siteAddress from './src/integrations/site-address';
import { normaliseBasePath, resolveSiteAddress } from './src/lib/site-address';

// BASE_PATH: the sub-path the site is served under ("/essay/"); SITE_URL: its absolute origin,
// else the one the host names in its build environment, else none (docs/DEPLOY.md).
// A malformed value stops here, with a message saying what was expected.
const base = normaliseBasePath(process.env.BASE_PATH);
// Vite's module for its preload helper (see the plugins below).
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const address = resolveSiteAddress(process.env);

// Astro reads an exported BASE_URL as its own import.meta.env.BASE_URL, which would point every
// link of the built pages at the wrong path; some CI systems export one. BASE_PATH is the setting.
if (process.env.BASE_URL !== undefined) {
  console.warn(`astro.config: ignoring the environment's BASE_URL (${process.env.BASE_URL}); set BASE_PATH to choose the sub-path.`);
  delete process.env.BASE_URL;
}

export default defineConfig({
  ...(address.origin === undefined ? {} : { site: address.origin }),
  base,
  trailingSlash: 'always',
  output: 'static',
  // `true` keeps the spaces around inline components in prose ('jsx' drops them).
  compressHTML: true,
  // The stylesheet goes into each page: no render-blocking request before the first paint on a
  // phone (about 300 ms of a mobile LCP). The CSP allows inline styles (see security-headers.ts).
  build: { inlineStylesheets: 'always' },
  // scriptAfterPaint rewrites the pages' script tags before securityHeaders hashes their inline scripts.
  integrations: [validateContent(), mdx(), scriptAfterPaint(base), securityHeaders(), siteAddress(address, process.env)],
  vite: {
    plugins: [
      {
        // No list of files to preload with each lazily loaded module (about 340 bytes of the first
        // script's gzipped 15 KB, naming every lazy file): a module loaded later fetches its own
        // imports when it arrives, one round trip later. Astro sets this option for every build; the islands' is 'client'.
        name: 'essay:no-module-preload',
        configEnvironment: (name: string) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
      {
        // Vite still wraps each import() in its preload helper, which, given no files to preload,
        // only calls it: a helper that just calls it leaves about 640 bytes more out of the first
        // script (docs/PERFORMANCE.md). Build only; the dev server wraps nothing.
        name: 'essay:bare-preload-helper',
        apply: 'build',
        enforce: 'pre',
        resolveId: (id: string) => (id === PRELOAD_HELPER ? id : undefined),
        load: (id: string) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
        // The one file Vite would still preload is a stylesheet imported by a lazily loaded module,
        // which this helper would never load: the islands' build stops if one appears.
        generateBundle(this: { environment?: { name: string }; error(message: string): never }, _: unknown, bundle: Record<string, unknown>) {
          const css = Object.keys(bundle).filter((file) => file.endsWith('.css'));
          if (this.environment?.name === 'client' && css.length > 0) {
            this.error(`a client module imports a stylesheet (${css.join(', ')}), which the bare preload helper would never load: put its rules in the component's <style> or src/styles/ instead`);
          }
        },
      },
    ],
    build: {
      rollupOptions: {
        // A constant imported from another module (an interface word from src/lib/ui/en/) is
        // written where it is used instead of kept as a variable: the first script stays smaller.
        optimization: { inlineConst: true },
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
        output: {
          // Observable Plot and its d3 modules in one chunk named for them (loaded only when a
          // chart first redraws), instead of a chunk named after whichever module shares it.
          manualChunks(id) {
            if (/[\\/]node_modules[\\/](@observablehq[\\/]plot|d3-[^\\/]+|interval-tree-1d|isoformat)[\\/]/.test(id)) return 'plot';
            // The code every page runs, in one chunk that the page-specific modules (loaded only
            // where their element is) import from, so that loading them lazily splits nothing else off.
            // (A module of interface words that the first script uses, such as src/lib/ui/en/essay.ts, belongs here.)
            if (/[\\/]node_modules[\\/]nanostores[\\/]/.test(id)) return 'essay';
            if (/[\\/]src[\\/](state|lib[\\/](model[\\/](numbers|kit|chapters|[a-z]+[\\/](inputs|compute))|format|scale|url|validate|presets|verdicts|paths|prediction-ids|ui[\\/]en[\\/]essay))/.test(id)) return 'essay';
            if (/[\\/]src[\\/]components[\\/]client[\\/](boot|out|conclusion|scrub|choice|origin|param|chart|scenario|buttons|tools|theme|toc|index)\.ts/.test(id)) return 'essay';
            return undefined;
          },
        },
      },
    },
  },
});
