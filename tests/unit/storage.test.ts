import { describe, expect, it } from 'vitest';
import { memoryStorage, safeStore } from '../../src/lib/storage';

/** A Storage whose every call throws the given error. */
function throwing(error: Error): Storage {
  const fail = () => {
    throw error;
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}
const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
const security = Object.assign(new Error('blocked'), { name: 'SecurityError' });

describe('safeStore', () => {
  it('reads back what it wrote when storage works', () => {
    const store = safeStore(() => memoryStorage());
    expect(store.write('k', 'v')).toBe(true);
    expect(store.read('k')).toBe('v');
    store.remove('k');
    expect(store.read('k')).toBeNull();
    expect(store.problem).toBeNull();
  });

  it.each<{ name: string; get: () => Storage | null | undefined; problem: string }>([
    { name: 'no storage at all', get: () => undefined, problem: 'unavailable' },
    {
      name: 'touching storage throws (blocked by the browser)',
      get: () => {
        throw security;
      },
      problem: 'unavailable',
    },
    { name: 'every call throws', get: () => throwing(security), problem: 'unavailable' },
    {
      name: 'storage is full',
      get: () => ({
        ...memoryStorage(),
        getItem: () => null,
        removeItem: () => {},
        setItem: () => {
          throw quota;
        },
      }),
      problem: 'full',
    },
  ])('never throws when there is $name, and reports it', ({ get, problem }) => {
    const store = safeStore(get);
    expect(() => store.read('k')).not.toThrow();
    expect(store.read('k')).toBeNull();
    expect(store.write('k', 'v')).toBe(false);
    expect(() => store.remove('k')).not.toThrow();
    expect(store.problem).toBe(problem);
  });

  it('reports a full storage only once it fails, and keeps reading', () => {
    const backing = memoryStorage();
    backing.setItem('k', 'old');
    const full: Storage = {
      ...backing,
      getItem: (k) => backing.getItem(k),
      setItem: () => {
        throw quota;
      },
    };
    const store = safeStore(() => full);
    expect(store.problem).toBeNull();
    expect(store.write('k', 'new')).toBe(false);
    expect(store.problem).toBe('full');
    expect(store.read('k')).toBe('old');
  });
});
