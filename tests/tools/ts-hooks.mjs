// Lets Node run the site's TypeScript modules directly (Node strips the types itself): relative
// imports written without an extension, as the site's bundler allows, resolve to the .ts file, or
// to a folder's index.ts.
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!/^\\.{1,2}\\//.test(specifier) || /\\.[cm]?[jt]s$/.test(specifier)) throw error;
    try {
      return await next(specifier + '.ts', context);
    } catch {
      return next(specifier + '/index.ts', context);
    }
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
