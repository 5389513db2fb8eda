/**
 * The reason a failed Electron download gives, in words a user can act on, from the stack trace
 * electron's install.js prints (`console.error(err.stack)`). The first `...Error: message` line
 * carries it; the rest is noise to anyone starting the app.
 * @param {string} stderr
 */
export function explainDownloadFailure(stderr) {
  const firstError = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^[A-Za-z]*Error\b/.test(line));
  const message = firstError?.replace(/^[A-Za-z]*Error:?\s*/, '') ?? '';
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket|network/i.test(message)) {
    return 'its download server could not be reached';
  }
  const status = /Response code (\d{3})/.exec(message);
  if (status) return `its download server answered HTTP ${status[1]}`;
  if (/checksum|sha256/i.test(message)) return 'the download did not match its checksum';
  if (/not available on platform/i.test(message)) return 'there is no Electron build for this platform';
  return message === '' ? 'its download failed' : `its download failed: ${message.slice(0, 120)}`;
}
