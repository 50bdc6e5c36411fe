import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/count-reporter.ts'],
    projects: [
      {
        // Pure logic: plain Node, no DOM.
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Svelte components rendered in jsdom.
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['./tests/setup.ts'],
        },
      },
      {
        // Checks of the built sites (dist/ and dist-subpath/) that need no browser, and builds of
        // broken content; `npm test` runs them after building both sites.
        test: {
          name: 'built',
          environment: 'node',
          include: ['tests/built/**/*.test.ts'],
          // Reading every built page, and the HTML validator on all of them at once, take a while.
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
