// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

/**
 * The site can live under a sub-path (for example a project page at /playbook/).
 * BASE_PATH sets it at build time; every internal link goes through `href()` so it follows.
 */
const base = process.env.BASE_PATH && process.env.BASE_PATH !== '/' ? process.env.BASE_PATH : '/';

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  integrations: [mdx(), svelte()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
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
