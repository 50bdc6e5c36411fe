import '@testing-library/jest-dom/vitest';

// jsdom has no canvas: components see no 2D context and skip drawing instead of logging errors.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

// jsdom does no layout, so it has no scrolling; the islands scroll the statement they focus into view.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}

// Results fetch the advice file the build writes; here it is built from the content files.
if (typeof window !== 'undefined') {
  const { loadAdvice } = await import('./support/model');
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.endsWith('/advice.json')) {
      return new Response(JSON.stringify(loadAdvice()), { headers: { 'Content-Type': 'application/json' } });
    }
    return real(input, init);
  }) as typeof fetch;
}
