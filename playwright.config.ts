import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SITES, missingBrowserMessage } from './tests/support/browser';

const missing = missingBrowserMessage();
if (missing) throw new Error(missing);

const preview = (site: (typeof SITES)[keyof typeof SITES]) => ({
  command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${site.port}`,
  url: `http://127.0.0.1:${site.port}${site.base}`,
  env: { ...(process.env as Record<string, string>), BASE_PATH: site.base, OUT_DIR: site.outDir },
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['./tests/support/playwright-count-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${SITES.root.port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    // The offline copy is tested on its own (offline.spec.ts) and in the site crawl; elsewhere it
    // would fetch every file of the site in the background of each test.
    serviceWorkers: 'block',
  },
  webServer: [preview(SITES.root), preview(SITES.subpath)],
});
