import { existsSync } from 'node:fs';

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Explains how to get a browser when none is found. */
export function missingBrowserMessage(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  return [
    `No Chromium found at ${CHROMIUM_PATH}.`,
    'The end-to-end tests need one. Install it with:',
    '  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n');
}

/** Ports and base paths of the two preview servers the end-to-end tests use. */
export const SITES = {
  root: { port: 4391, base: '/', outDir: 'dist' },
  subpath: { port: 4392, base: '/partnership-playbook/', outDir: 'dist-subpath' },
} as const;
