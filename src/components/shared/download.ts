/** Offers text or a file to the reader as a download with the given name. */
export function download(name: string, type: string, content: string | Blob): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // A slow or busy device may start the download seconds later; the file stays readable until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
