import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { abbreviationBeforeSpelledOut } from '../../src/lib/text';
import { builtPages, mainText } from '../support/built-site';
import { loadFramework } from '../support/framework';

// The words of the built pages, read from dist/; the names as the results and exports show them in a
// browser are tested in tests/e2e/vocabulary.spec.ts.
const fw = loadFramework();

test('every page spells out employee experience (EX) and customer experience (CX) at first use', () => {
  const found: string[] = [];
  for (const path of builtPages('dist')) {
    const text = mainText(path);
    for (const [abbreviation, full] of [
      ['EX', 'employee experience'],
      ['CX', 'customer experience'],
    ] as const) {
      const place = abbreviationBeforeSpelledOut(text, abbreviation, full);
      if (place) found.push(`${path}: …${place}…`);
    }
  }
  expect(found).toEqual([]);
});

test('no page runs two words together where one element ends and the next begins', () => {
  const found: string[] = [];
  for (const path of builtPages('dist')) {
    const html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    for (const m of main.matchAll(/[a-z][.,;:]?<(a|strong|em|cite|span)\b[^>]*>[A-Za-z]/g)) {
      found.push(`${path}: ${main.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}`);
    }
  }
  expect(found).toEqual([]);
});

test('the glossary explains every word the playbook uses in a special sense, each at its own anchor', () => {
  const terms = [
    'Employee experience (EX)',
    'Customer experience (CX)',
    'Hired hands',
    'Culture of partnership',
    'The chain',
    'Area',
    'Group',
    'The four Es',
    'The four Rs',
    'The four Cs',
    'The five questions',
    ...fw.dimensions.map((d) => (d.id === 'culture' ? 'Culture (one of the four Cs)' : d.title)),
    ...fw.levels.map((l) => `${l.name} (level ${l.level})`),
    'Level',
    'Score',
    'Weakest link',
    'Focus area',
    'What each level looks like',
    'Measure',
    'Play',
    'Stage',
    'Self-led play',
    'Quick check',
    'Mini-check',
    "Don't know",
    'Agreement',
    'Spread',
    'Leader and front-line gap',
    'Advocacy',
    'Value promise',
    'Engagement',
    'Learning organization',
    'Service-profit chain',
  ];
  const html = readFileSync('dist/playbook/glossary/index.html', 'utf8');
  const defined = [...html.matchAll(/<div id="([a-z0-9-]+)"[^>]*>\s*<dt[^>]*>([^<]+)<\/dt>/g)].map((m) =>
    m[2]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
  expect(terms.filter((t) => !defined.includes(t))).toEqual([]);
});

test('every chapter and every play shows how long it takes to read', () => {
  const pages = builtPages('dist').filter((p) =>
    /^\/playbook\/(?!search\/$|plays\/$)[^/]+\/$|^\/playbook\/plays\/[^/]+\/$/.test(p),
  );
  expect(pages.length).toBeGreaterThan(70);
  const missing = pages.filter((p) => !/\b\d+ min read\b/.test(mainText(p)));
  expect(missing).toEqual([]);
});

test('every page has a way to search in its header', () => {
  const missing = builtPages('dist').filter((p) => {
    const html = readFileSync(join('dist', p.endsWith('/') ? `${p}index.html` : p), 'utf8');
    const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    return !header.includes('href="/playbook/search/"');
  });
  expect(missing).toEqual([]);
});
