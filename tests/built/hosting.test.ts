import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SITES } from '../support/browser';
import {
  HEADER_ONLY_DIRECTIVES,
  headersFor,
  pagePolicies,
  parseHeadersFile,
  parsePolicy,
  unitePolicies,
} from '../support/hosting.mjs';

// The headers in public/_headers, checked against the built sites. The same site served with these
// headers in a browser is tested in tests/e2e/hosting.spec.ts.
const headerFile = readFileSync('public/_headers', 'utf8');
const rules = parseHeadersFile(headerFile);
const pageHeaders = headersFor(rules, '/playbook/');

test('the built sites carry the same _headers file as the source', () => {
  for (const site of Object.values(SITES)) {
    expect(readFileSync(`${site.outDir}/_headers`, 'utf8'), site.outDir).toBe(headerFile);
  }
});

test("the header's security policy is the pages' own policy plus frame-ancestors 'none'", () => {
  const header = pageHeaders['content-security-policy'];
  expect(header, 'run npm run headers to write it').toBeTruthy();
  for (const site of Object.values(SITES)) {
    const policies = pagePolicies(site.outDir);
    expect(policies.size).toBeGreaterThan(50);
    const expected = `${unitePolicies([...policies.values()])}; ${HEADER_ONLY_DIRECTIVES}`;
    expect(header, `public/_headers is out of date: run npm run headers (${site.outDir})`).toBe(expected);
    // Each page's own policy asks for nothing the header does not allow.
    const allowed = new Map(parsePolicy(header!));
    for (const [file, policy] of policies) {
      expect(policy, `${file} has no policy of its own`).not.toBe('');
      for (const [name, sources] of parsePolicy(policy)) {
        expect(allowed.get(name), `${file}: ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
  }
});

describe('the security headers a host sends', () => {
  const expected: [string, RegExp][] = [
    ['strict-transport-security', /^max-age=(\d+); includeSubDomains$/],
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^no-referrer$/],
    ['x-frame-options', /^DENY$/],
    ['permissions-policy', /camera=\(\).*geolocation=\(\).*microphone=\(\)/],
    ['cross-origin-opener-policy', /^same-origin$/],
    ['cross-origin-resource-policy', /^same-origin$/],
    // Nothing is allowed unless a directive names it: scripts, styles, images, fonts, the worker.
    ['content-security-policy', /^default-src 'none';/],
  ];
  for (const [name, pattern] of expected) {
    test(`${name} matches ${pattern} on every page`, () => {
      for (const path of ['/', '/playbook/customers/', '/assessment/', '/results/', '/team/', '/404.html']) {
        expect(headersFor(rules, path)[name], `${name} on ${path}`).toMatch(pattern);
      }
    });
  }

  test('HSTS lasts at least a year', () => {
    const age = Number(pageHeaders['strict-transport-security']!.match(/max-age=(\d+)/)![1]);
    expect(age).toBeGreaterThanOrEqual(365 * 24 * 3600);
  });

  test('fingerprinted files are cached for good and the offline worker never is', () => {
    expect(headersFor(rules, '/_astro/Assessment.abc.js')['cache-control']).toContain('immutable');
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/playbook/')['cache-control']).toBeUndefined();
  });
});
