import { describe, expect, it } from 'vitest';
import { moveBodyStylesToHead, offlineAddresses, versionSource } from '../../src/lib/build-output';

describe('offlineAddresses', () => {
  it.each([
    ['/', ['index.html'], ['/']],
    ['/', ['playbook/index.html', 'playbook/customers/index.html'], ['/playbook/', '/playbook/customers/']],
    ['/', ['404.html', 'favicon.svg', '_astro/a.B1.js'], ['/404.html', '/_astro/a.B1.js', '/favicon.svg']],
    ['/sub/', ['index.html', 'team/index.html', '_astro/x.css'], ['/sub/', '/sub/_astro/x.css', '/sub/team/']],
    ['/sub', ['index.html'], ['/sub/']],
  ])('under %j, %j are stored as %j', (base, files, expected) => {
    expect(offlineAddresses(files, base)).toEqual(expected);
  });

  it.each([
    '_headers',
    '_redirects',
    'sw.js',
    'robots.txt',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-modular-ui.js',
    'pagefind/pagefind-component-ui.css',
    'pagefind/pagefind-highlight.js',
  ])('leaves out %j, which no page needs', (file) => {
    expect(offlineAddresses([file, 'index.html'], '/')).toEqual(['/']);
  });

  it.each([
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/index/en_1.pf_index',
    'pagefind/wasm.en.pagefind',
  ])('keeps %j, which search needs offline', (file) => {
    expect(offlineAddresses([file], '/')).toEqual([`/${file}`]);
  });
});

describe('versionSource', () => {
  it('does not depend on the order files were found in', () => {
    const a = versionSource([
      ['/b', '2'],
      ['/a', '1'],
    ]);
    const b = versionSource([
      ['/a', '1'],
      ['/b', '2'],
    ]);
    expect(a).toBe(b);
  });

  it.each([
    ['a changed file', [['/a', '1']], [['/a', '9']]],
    [
      'an added file',
      [['/a', '1']],
      [
        ['/a', '1'],
        ['/b', '2'],
      ],
    ],
    ['a moved file', [['/a', '1']], [['/c', '1']]],
  ] as const)('changes with %s', (_, before, after) => {
    expect(versionSource(before)).not.toBe(versionSource(after));
  });
});

describe('moveBodyStylesToHead', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    [
      'one block before an island',
      page('<title>t</title>', '<p>x</p><style>a{b:c}</style><astro-island></astro-island>'),
      page('<title>t</title><style>a{b:c}</style>', '<p>x</p><astro-island></astro-island>'),
    ],
    [
      'two identical blocks, kept once',
      page('', '<style>a{}</style><i></i><style>a{}</style>'),
      page('<style>a{}</style>', '<i></i>'),
    ],
    ['a page with none', page('<style>h{}</style>', '<p>x</p>'), page('<style>h{}</style>', '<p>x</p>')],
    [
      'a body with attributes',
      '<head></head><body class="x"><style>q{}</style></body>',
      '<head><style>q{}</style></head><body class="x"></body>',
    ],
  ])('%s', (_, input, expected) => {
    expect(moveBodyStylesToHead(input)).toBe(expected);
  });

  it('leaves text without a head and body alone', () => {
    expect(moveBodyStylesToHead('<style>a{}</style>')).toBe('<style>a{}</style>');
  });
});
