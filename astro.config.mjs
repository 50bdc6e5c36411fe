// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import searchIndex from './src/integrations/search-index.ts';
import offlineCopy from './src/integrations/offline-copy.ts';

/**
 * The site can live under a sub-path (for example a project page at /playbook/).
 * BASE_PATH sets it at build time; every internal link goes through `href()` so it follows.
 */
const base = process.env.BASE_PATH && process.env.BASE_PATH !== '/' ? process.env.BASE_PATH : '/';

export default defineConfig({
  base,
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  outDir: process.env.OUT_DIR || 'dist',
  // Builds of changed copies in the tests keep their content cache apart, so parallel builds never
  // read each other's content.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // The offline copy comes last: it stores the search index too.
  integrations: [mdx(), svelte(), searchIndex(), offlineCopy()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Shiki highlights with inline styles, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  vite: {
    // Scripts ship as files, never inlined: inlined scripts lose Vite's dynamic-import helper.
    build: {
      assetsInlineLimit: 0,
      // Terser shrinks the chart library by a seventh more than the default minifier (6 KB gzip on
      // every page that draws a chart); two passes, no unsafe transforms.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      rollupOptions: {
        // MDX pages carry a directive the bundler cannot keep; it is harmless and only adds noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});
