// Saves text the extension made (an exported pack, a context sheet) as a file the reader keeps.
// A link with `download` needs no "downloads" permission and works the same in both browsers.

export function saveTextFile(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the next task is late enough to let go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
