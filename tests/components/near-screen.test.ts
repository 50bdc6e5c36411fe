import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearScreen } from '../../src/components/shared/near-screen';

/** A stand-in for the browser's observer, so a test can say when the element nears the screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  constructor(public callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  disconnected = false;
}

describe('whenNearScreen', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts once when the element nears the screen, and stops watching', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const start = vi.fn();
    whenNearScreen(document.createElement('div'), start);
    FakeObserver.last!.callback([{ isIntersecting: false }]);
    expect(start).not.toHaveBeenCalled();
    FakeObserver.last!.callback([{ isIntersecting: true }]);
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it.each([
    [2500, 1],
    [null, 0],
  ])('with the element far away, starts after an idle wait of %s ms (%i call)', (idle, calls) => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const start = vi.fn();
    whenNearScreen(document.createElement('div'), start, idle);
    vi.advanceTimersByTime(3000);
    expect(start).toHaveBeenCalledTimes(calls);
  });

  it('starts at once where the browser cannot tell, and not at all once cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', undefined);
    const start = vi.fn();
    whenNearScreen(document.createElement('div'), start);
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    const other = vi.fn();
    whenNearScreen(document.createElement('div'), other)();
    vi.advanceTimersByTime(5000);
    expect(other).not.toHaveBeenCalled();
  });
});
