import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';
import { createHostCore } from './host-core';

/**
 * `npm run start:browser`: the real renderer and the real core in any browser, for machines where
 * Electron cannot run. Loopback only; the printed URL carries the access token.
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, locale: { type: 'string' } },
});
const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'storepulse-browser-'));
const { core, events } = createHostCore(dataDir, values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale);
const host = await startBrowserHost({
  rendererDir: resolve('out/renderer'),
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
