import { expect, test } from 'vitest';
import { builtPages, PAGES_WITH_SCRIPTS } from '../support/built-site';

// The same list tests/e2e/shell.spec.ts visits in a browser, to check that each page loads only the
// small offline script: it must not quietly shrink to nothing.
const QUIET_PAGES = builtPages('dist').filter((p) => !PAGES_WITH_SCRIPTS.includes(p));

test('there are pages without an interactive part to check', () => {
  expect(QUIET_PAGES.length).toBeGreaterThan(40);
});
