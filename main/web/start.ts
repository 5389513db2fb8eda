import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWebHost } from './start-web-host';

/**
 * `npm run start:browser`: the real renderer and the real core in any browser, for machines where
 * Electron cannot run. Loopback only; the printed URL carries the access token. Built next to the
 * desktop entry (out/main/web.js), so the renderer is found beside it whatever the working folder.
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, locale: { type: 'string' } },
});
const rendererDir = resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');
const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'storepulse-browser-'));
// A damaged or newer file is put to the person on the page at this URL before the app loads.
const web = await startWebHost({
  dataDir,
  systemLocale: values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
  rendererDir,
  port: values.port ? Number(values.port) : 0,
  // The "stopped" answer has been sent; let it reach the page before the host goes.
  onQuit: () => setTimeout(() => void stop(), 200),
});
console.log(`Storepulse browser host (data in ${dataDir})`);
console.log(`open ${web.host.url}`);

const stop = async () => {
  await web.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
