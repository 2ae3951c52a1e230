import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import validateContent from './src/integrations/validate-content';
import securityHeaders from './src/integrations/security-headers';

// BASE_PATH: the sub-path the site is served under ("/essay/"); SITE_URL: its absolute origin.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  // `true` keeps the spaces around inline components in prose ('jsx' drops them).
  compressHTML: true,
  integrations: [validateContent(), mdx(), securityHeaders()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
