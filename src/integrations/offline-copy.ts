import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveBodyStylesToHead, offlineAddresses, versionSource } from '../lib/build-output';

const WORKER_TEMPLATE = new URL('./offline-worker.js', import.meta.url);

function filesIn(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).replaceAll('\\', '/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The file an offline address is read from. */
function fileOf(root: string, base: string, address: string): string {
  const rel = address.slice(base.length);
  return join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/**
 * After the build (and after the search index is written): moves stray style blocks into each
 * page's head, then writes `sw.js`, the worker that keeps an offline copy of every file the site
 * needs, named after a fingerprint of their content.
 */
export default function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = filesIn(root);
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const full = join(root, file);
          const html = readFileSync(full, 'utf8');
          const tidy = moveBodyStylesToHead(html);
          if (tidy !== html) writeFileSync(full, tidy);
        }
        const addresses = offlineAddresses(files, base);
        const fingerprints = addresses.map(
          (address) =>
            [
              address,
              createHash('sha256')
                .update(readFileSync(fileOf(root, base, address)))
                .digest('hex'),
            ] as const,
        );
        const version = createHash('sha256').update(versionSource(fingerprints)).digest('hex').slice(0, 16);
        const worker = readFileSync(WORKER_TEMPLATE, 'utf8')
          .replace('__VERSION__', version)
          .replace('__BASE__', base)
          .replace("'__FILES__'", JSON.stringify(JSON.stringify(addresses)));
        writeFileSync(join(root, 'sw.js'), worker);
        logger.info(`offline copy ${version}: ${addresses.length} files`);
      },
    },
  };
}
