import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { plainCopy } from '../../src/lib/plain-copy';

// Islands receive their props as deep reactive state; the fixed model is read through a plain copy.

describe('plainCopy', () => {
  it('gives the same data with no reactive proxy anywhere in it', () => {
    const props = $state({ model: { bank: 2, banks: { 1: ['a', 'b'], 2: ['a', 'b', 'c'] }, items: [{ id: 'a' }] } });
    expect(types.isProxy(props.model.items)).toBe(true);
    const copy = plainCopy(props.model);
    expect(copy).toEqual({ bank: 2, banks: { 1: ['a', 'b'], 2: ['a', 'b', 'c'] }, items: [{ id: 'a' }] });
    for (const part of [copy, copy.banks, copy.banks[2], copy.items, copy.items[0]]) {
      expect(types.isProxy(part)).toBe(false);
    }
  });

  it('is a copy: changing the props afterwards does not change it', () => {
    const props = $state({ model: { items: [{ id: 'a' }] } });
    const copy = plainCopy(props.model);
    props.model.items.push({ id: 'b' });
    expect(copy.items).toEqual([{ id: 'a' }]);
  });
});
