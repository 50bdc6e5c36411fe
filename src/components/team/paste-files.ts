// Checking pasted text and reading dropped files load only when first needed, so the team view
// opens sooner. If they cannot load, the promise fails and the caller says so.
const teamFiles = () => import('../../lib/team-files');

/** Starts loading them, before they are needed. */
export const warmFiles = teamFiles;

/** What is wrong with a paste before (`found` null) or after looking for links, or '' when nothing is. */
export async function pasteMessage(text: string, found: number | null): Promise<string> {
  const { pasteProblem } = await teamFiles();
  return pasteProblem(text, found) ?? '';
}

/** Reads dropped or chosen files: the text with theirs added (null when none could be read), and what went wrong. */
export async function addFiles(files: File[], text: string): Promise<{ text: string | null; message: string }> {
  const { readTextFiles, appendTexts, fileProblemsMessage } = await teamFiles();
  const { texts, problems } = await readTextFiles(files);
  return {
    text: texts.length ? appendTexts(text, texts) : null,
    message: problems.length ? fileProblemsMessage(problems) : '',
  };
}
