/** What the reader is told after trying to copy a link. */

/**
 * Copies text to the clipboard. When the browser refuses, selects the field that shows the text
 * so the reader can copy it by hand. Returns true when the text was copied.
 */
export async function copyOrSelect(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
