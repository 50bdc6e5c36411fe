import '@testing-library/jest-dom/vitest';

// jsdom has no canvas: components see no 2D context and skip drawing instead of logging errors.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

// jsdom does no layout, so it has no scrolling; the islands scroll the statement they focus into view.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}
