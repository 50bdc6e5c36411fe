// A plain static host for the built site, as Netlify or Cloudflare Pages would serve it: files from a
// folder under a base path, folder addresses answered by their index.html, unknown addresses by
// 404.html, and the response headers that the folder's `_headers` file sets.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';

/**
 * @typedef {{ pattern: string, headers: Array<[string, string]> }} HeaderRule
 */

/**
 * Reads a `_headers` file: a path pattern on its own line, then indented `Name: value` lines.
 * Lines starting with # are comments.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1} is not "Name: value" under a path: ${raw}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * The headers a path gets: every matching rule in file order; a header set by several rules has
 * its values joined with ", ", as the hosts do.
 * @param {HeaderRule[]} rules
 * @param {string} path the address inside the site, starting with "/"
 * @returns {Record<string, string>} header names in lower case
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    const regex = new RegExp(`^${rule.pattern.split('*').map(escapeRegex).join('.*')}$`);
    if (!regex.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** @param {string} s */
const escapeRegex = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` under `base` on 127.0.0.1. Resolves once listening.
 * @param {{ root: string, base?: string, port?: number, headers?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serveSite({ root, base = '/', port = 0, headers = true }) {
  const headersFile = join(root, '_headers');
  const rules = () => (headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = (status, file, inside) => {
      const extra = headersFor(rules(), inside);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(404, page, '/404.html');
      else res.writeHead(404).end('Not found');
    };
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
    const inside = `/${pathname.slice(base.length)}`.replace(/^\/+/, '/');
    const file = normalize(join(root, inside));
    if (!file.startsWith(normalize(root)) || inside === '/_headers' || inside === '/_redirects') {
      return notFound(); // host settings such as _headers are never served
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index, inside) : notFound();
    }
    if (existsSync(file)) return send(200, file, inside);
    notFound();
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}${base}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * A Content-Security-Policy as directives in order, each with its sources.
 * @param {string} policy
 * @returns {Array<[string, string[]]>}
 */
export function parsePolicy(policy) {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

/**
 * One policy that lets every page do what its own policy allows, and no more: each directive with
 * every source any page gives it, in the order first seen.
 * @param {string[]} policies
 * @returns {string}
 */
export function unitePolicies(policies) {
  /** @type {Map<string, string[]>} */
  const merged = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy each built page carries in its `<meta http-equiv="content-security-policy">`.
 * @param {string} outDir
 * @returns {Map<string, string>} page file (relative) → policy
 */
export function pagePolicies(outDir) {
  /** @type {Map<string, string>} */
  const out = new Map();
  const walk = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
        out.set(relative(outDir, full).replaceAll('\\', '/'), meta ? meta[1].replaceAll('&#39;', "'") : '');
      }
    }
  };
  walk(outDir);
  return out;
}

/** What the header adds to the pages' own policy: no other site may frame the pages. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";
