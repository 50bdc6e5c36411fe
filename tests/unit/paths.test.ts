import { describe, expect, it } from 'vitest';
import { isCurrentSection, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/playbook/', '/playbook/'],
    ['/', 'playbook/', '/playbook/'],
    ['/sub/', '/playbook/', '/sub/playbook/'],
    ['/sub', '/team/', '/sub/team/'],
    ['/a/b/', '/', '/a/b/'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('isCurrentSection', () => {
  it.each([
    ['/playbook/', '/playbook/', true],
    ['/playbook/why/', '/playbook/', true],
    ['/playbooks/', '/playbook/', false],
    ['/team', '/team/', true],
    ['/', '/team/', false],
  ])('%j in %j → %j', (path, target, expected) => {
    expect(isCurrentSection(path, target)).toBe(expected);
  });
});
