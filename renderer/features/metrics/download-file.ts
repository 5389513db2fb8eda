/**
 * Saves text as a file through the browser's download (in Electron, the save dialog): no file
 * system access from the renderer. The byte-order mark lets spreadsheet programs read UTF-8
 * (accented month names) correctly.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const blob = new Blob(['\uFEFF', text], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; release ours on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
