/*
 * Keeps a copy of the whole site in the browser, so the playbook and the assessment work without a
 * network after one visit. Each build has its own name; a new build is stored beside the old one and
 * takes over when the reader agrees (the page shows a notice), or when every tab of the old one closes.
 * The build step fills in the three values below.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const FILES = JSON.parse('__FILES__');

const PREFIX = 'partnership-playbook-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(store());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') self.skipWaiting();
  else if (event.data === 'which-version' && event.source) event.source.postMessage({ version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(answer(request, url));
});

/** Fetches every file of this build, bypassing the browser's own cache, and stores them together. */
async function store() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (address) => {
      const response = await fetch(address, { cache: 'reload' });
      if (!response.ok) throw new Error(`${address} answered ${response.status}`);
      // A page reached through a redirect cannot be replayed for a navigation: store a plain copy.
      const copy = response.redirected
        ? new Response(await response.blob(), { status: 200, headers: response.headers })
        : response;
      await cache.put(address, copy);
    }),
  );
}

/** Stored copy first (addresses ignore the query), then the network; offline, unknown pages get "not found". */
async function answer(request, url) {
  const cache = await caches.open(CACHE);
  const stored = await cache.match(url.pathname);
  if (stored) return stored;
  if (request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) {
    if (await cache.match(url.pathname + '/')) return Response.redirect(url.pathname + '/' + url.search, 301);
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(BASE + '404.html');
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
    throw error;
  }
}
