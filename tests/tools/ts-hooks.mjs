// Lets Node run the site's TypeScript modules directly (Node strips the types itself): relative
// imports written without an extension, as the site's bundler allows, resolve to the .ts file.
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (/^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)) return next(specifier + '.ts', context);
    throw error;
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
