import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The system's "open this URL" command; BROWSER=none (as in create-react-app) opens nothing. */
function openBrowser(url) {
  if (process.env.BROWSER === 'none') return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    // No opener (a server, a bare container): the printed URL is enough.
    child.on('error', () => {});
    child.unref();
  } catch {
    // Same: nothing to open with.
  }
}

/**
 * The same app in the local web mode (what `npm run start:browser` runs once built): serves until
 * SIGINT or SIGTERM, then exits 0. Its lines are passed through; its URL is also opened.
 * @param {string} webEntry out/main/web.js
 */
export function runWebMode(webEntry) {
  const child = spawn(process.execPath, [webEntry], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    console.log(line);
    const url = /^open (\S+)$/.exec(line)?.[1];
    if (url !== undefined) openBrowser(url);
  });
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      child.kill(signal);
    });
  }
  child.on('close', (code) => process.exit(stopping ? 0 : (code ?? 1)));
}
