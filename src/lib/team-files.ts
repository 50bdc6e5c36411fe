import { MAX_TEAM_TEXT } from './team-limits';
import { FILE_PROBLEMS, TEAM_PROBLEMS, type FileProblemKind } from './vocabulary';

export { MAX_TEAM_TEXT };

/** What reading a file needs: a dropped or chosen File has all of it. */
export interface TextFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** One file that could not be used, and why. */
export interface FileProblem {
  name: string;
  kind: FileProblemKind;
}

/**
 * Reads dropped or chosen files as text, in order. A file too large to be a list of links, one that
 * cannot be read, or one that is not text (it holds a NUL character) is left out and reported.
 */
export async function readTextFiles(files: readonly TextFile[]): Promise<{ texts: string[]; problems: FileProblem[] }> {
  const texts: string[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    if (file.size > MAX_TEAM_TEXT) {
      problems.push({ name: file.name, kind: 'too-large' });
      continue;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      problems.push({ name: file.name, kind: 'unreadable' });
      continue;
    }
    if (content.includes('\u0000')) {
      problems.push({ name: file.name, kind: 'not-text' });
      continue;
    }
    texts.push(content);
  }
  return { texts, problems };
}

/** The sentence that reports files that could not be used, or '' when there are none. */
export function fileProblemsMessage(problems: readonly FileProblem[]): string {
  if (problems.length === 0) return '';
  return `${problems.map((p) => `${p.name} ${FILE_PROBLEMS[p.kind]}`).join('; ')}. ${TEAM_PROBLEMS.filesAdvice}`;
}

/** Adds read files to the text already in the box, one per line, rather than replacing it. */
export function appendTexts(text: string, texts: readonly string[]): string {
  return [text.trimEnd(), ...texts].filter(Boolean).join('\n');
}

/**
 * Why a text cannot be combined, before or after looking for links, or null when it can: too long,
 * empty, or holding no result link.
 */
export function pasteProblem(text: string, linksFound: number | null): string | null {
  if (text.length > MAX_TEAM_TEXT) return TEAM_PROBLEMS.tooMuchText;
  if (linksFound === 0) return text.trim() ? TEAM_PROBLEMS.noLinks : TEAM_PROBLEMS.nothingPasted;
  return null;
}
