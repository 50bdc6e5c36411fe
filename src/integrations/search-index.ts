import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceBetweenTags } from '../lib/build-output';

/** Every HTML file under a folder. */
function htmlFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const full = join(root, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Builds the full-text search index of the playbook and the plays into `<outDir>/pagefind/`
 * after every build, so that `astro build` alone (at any base path) gives a searchable site.
 * Only elements marked `data-pagefind-body` are indexed, and the index reads each page with a space
 * between adjacent elements so that words in neighbouring cells never run together.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Search index could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        let pages = 0;
        for (const file of htmlFiles(site)) {
          const content = spaceBetweenTags(readFileSync(file, 'utf8'));
          const added = await index.addHTMLFile({ sourcePath: relative(site, file).replaceAll('\\', '/'), content });
          if (added.errors.length) throw new Error(`Search index: ${file}: ${added.errors.join('; ')}`);
          if (added.file) pages++;
        }
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
        logger.info(`read ${pages} pages for search`);
        await pagefind.close();
      },
    },
  };
}
