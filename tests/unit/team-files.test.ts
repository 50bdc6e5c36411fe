import { describe, expect, it } from 'vitest';
import {
  appendTexts,
  fileProblemsMessage,
  MAX_TEAM_TEXT,
  pasteProblem,
  readTextFiles,
  type TextFile,
} from '../../src/lib/team-files';
import { MAX_TEAM_RESULTS } from '../../src/lib/links';
import { TEAM_PROBLEMS } from '../../src/lib/vocabulary';

const file = (
  name: string,
  content: string | Error,
  size = typeof content === 'string' ? content.length : 10,
): TextFile => ({
  name,
  size,
  text: () => (content instanceof Error ? Promise.reject(content) : Promise.resolve(content)),
});

describe('readTextFiles', () => {
  it('reads text files in order and reports each one it cannot use, with the reason', async () => {
    const { texts, problems } = await readTextFiles([
      file('chat.txt', 'see https://x/results/#AAA'),
      file('huge.csv', 'x', MAX_TEAM_TEXT + 1),
      file('photo.txt', 'PNG\u0000\u0001'),
      file('locked.txt', new Error('denied')),
      file('column.csv', 'https://x/results/#BBB'),
    ]);
    expect(texts).toEqual(['see https://x/results/#AAA', 'https://x/results/#BBB']);
    expect(problems).toEqual([
      { name: 'huge.csv', kind: 'too-large' },
      { name: 'photo.txt', kind: 'not-text' },
      { name: 'locked.txt', kind: 'unreadable' },
    ]);
    expect(fileProblemsMessage(problems)).toBe(
      `huge.csv is too large; photo.txt is not a text file; locked.txt could not be read. ${TEAM_PROBLEMS.filesAdvice}`,
    );
  });

  it('says nothing when every file was read', () => {
    expect(fileProblemsMessage([])).toBe('');
  });
});

describe('appendTexts', () => {
  it.each([
    { text: '', texts: ['a'], expected: 'a' },
    { text: 'first\n\n', texts: ['a', 'b'], expected: 'first\na\nb' },
    { text: 'first', texts: [], expected: 'first' },
  ])('adds $texts to "$text" without replacing it', ({ text, texts, expected }) => {
    expect(appendTexts(text, texts)).toBe(expected);
  });
});

describe('pasteProblem', () => {
  it.each<{ name: string; text: string; links: number | null; expected: string | null }>([
    {
      name: 'too much text, before searching',
      text: 'x'.repeat(MAX_TEAM_TEXT + 1),
      links: null,
      expected: TEAM_PROBLEMS.tooMuchText,
    },
    { name: 'a text of ordinary size, before searching', text: 'hello', links: null, expected: null },
    { name: 'nothing pasted', text: '  \n', links: 0, expected: TEAM_PROBLEMS.nothingPasted },
    { name: 'text without links', text: 'hello team', links: 0, expected: TEAM_PROBLEMS.noLinks },
    { name: 'links found', text: 'x/results/#A', links: 1, expected: null },
  ])('$name', ({ text, links, expected }) => {
    expect(pasteProblem(text, links)).toBe(expected);
  });
});

describe('the message for a paste that holds too many results', () => {
  it('names the same limit the link finder applies', () => {
    expect(TEAM_PROBLEMS.capped).toContain(MAX_TEAM_RESULTS.toLocaleString('en'));
  });
});
