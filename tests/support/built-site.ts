import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Reading the built sites (`dist/`, `dist-subpath/`) without a browser: their pages, the pages a
 * crawler reaches, the text of a page and the HTML validator. Shared by the end-to-end tests and the
 * `built` vitest project.
 */

/** Pages that are interactive by design and so load a script; every other page loads none. */
export const PAGES_WITH_SCRIPTS = [
  '/assessment/',
  '/results/',
  '/results/move/',
  '/team/',
  '/team/compare/',
  '/playbook/search/',
  '/playbook/plays/',
];

/** Every page of a build, as site paths ("/", "/playbook/", "/404.html"). */
export function builtPages(outDir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(outDir, full).replaceAll('\\', '/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/**
 * The pages a visitor can reach from the home page by following links, as site paths, found by
 * reading the built files the way a crawler reads served pages.
 */
export function crawlBuiltSite(outDir = 'dist'): string[] {
  const fileOf = (path: string) => join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    const file = fileOf(path);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"#?]*)[^"]*"/g)) {
      const target = new URL(m[1]!.replaceAll('&amp;', '&'), `http://site.invalid${path}`);
      if (target.origin !== 'http://site.invalid') continue;
      const next = target.pathname;
      if (!seen.has(next) && (next.endsWith('/') || next.endsWith('.html'))) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].filter((p) => existsSync(fileOf(p))).sort();
}

/** The text of a built page's <main>, tags removed, entities decoded, white space folded. */
export function mainText(path: string, outDir = 'dist'): string {
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

const VNU = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** Error messages of the HTML validator for each document, by the name given. */
export function validateHtml(documents: { name: string; file: string }[]): Map<string, string[]> {
  if (!existsSync(VNU)) throw new Error(`The HTML validator is missing (${VNU}): run npm install.`);
  const run = spawnSync(
    'java',
    ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...documents.map((d) => d.file)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw new Error(`The HTML validator needs Java: ${run.error.message}`);
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  const out = new Map(documents.map((d) => [d.name, [] as string[]]));
  for (const m of report.messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    const doc = documents.find((d) => m.url?.endsWith(d.file.replace(/^\.?\//, '')));
    const key = doc?.name ?? m.url ?? 'unknown';
    out.set(key, [
      ...(out.get(key) ?? []),
      `line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`,
    ]);
  }
  return out;
}
