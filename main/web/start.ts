import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';
import { createHostCore } from './host-core';

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
const { core, events } = createHostCore(dataDir, values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale);
const host = await startBrowserHost({
  rendererDir,
  dispatch: core.dispatch,
  events,
  port: values.port ? Number(values.port) : 0,
});
console.log(`Storepulse browser host (data in ${dataDir})`);
console.log(`open ${host.url}`);

const stop = async () => {
  await host.close();
  await core.dispose();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
