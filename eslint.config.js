// @ts-check
// Lint rules for the whole project: the recommended sets of ESLint, typescript-eslint, Svelte and
// Astro, with Prettier's configs last so that formatting is left to Prettier (`prettier --check .`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  {
    // Build output, installed packages and test reports.
    ignores: [
      'dist/',
      'dist-subpath/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs['flat/recommended'],
  astro.configs['flat/recommended'],
  {
    // Svelte components and rune modules: TypeScript inside <script lang="ts">.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    // What runs in the browser: components, islands, page scripts, the rune state.
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // What runs at build time in Node: the content config, the data loaders and the integrations.
    files: ['src/content.config.ts', 'src/data/**', 'src/integrations/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The offline copy's worker, filled in by the build and run as a service worker.
    files: ['src/integrations/offline-worker.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // Tests, test tools, CI and configuration run in Node; component tests also see jsdom's window.
    files: ['tests/**', '.ci/**', '*.{js,mjs,cjs,ts}', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/components/**', 'tests/setup.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    rules: {
      // A parameter that a callback must accept but does not use (such as a table column that only
      // names a test case) is marked by a leading underscore, as TypeScript's own checks allow.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  prettier,
  svelte.configs['flat/prettier'],
);
