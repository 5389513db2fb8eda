import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { operationNames } from '../../shared/klaviyo/operations';
import { composeServices } from '../../main/compose-services';
import { systemClock } from '../../main/ports';
import { createMemorySecretStore } from '../../main/secrets/memory-secret-store';
import { memoryPreferences, recordingEventSink, recordingLogger, recordingNotifier } from '../support/fake-ports';
import { benchKey } from './bench-scenarios';

/**
 * One agency's machine: 50 accounts of 30 metrics, fully synced by one core in this process; the
 * simulator runs in another. Prints one JSON line: the resident memory after the syncs (after a
 * GC), the cache's size on disk, and how long it took.
 */
const [dataDir = '', accountsArg = '50', metricsArg = '30'] = process.argv.slice(2);
const accounts = Number(accountsArg);
const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'simulator-child.ts'), accountsArg, metricsArg], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  child.stdout.on('data', (chunk: Buffer) => {
    const match = /URL (\S+)/.exec(chunk.toString());
    if (match) resolve(match[1]!);
  });
  child.on('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
});

const unlimited = Object.fromEntries(operationNames.map((name) => [name, { burstPerSecond: 1e6, steadyPerMinute: 6e7 }]));
const core = composeServices(
  { clock: systemClock, logger: recordingLogger(), preferences: memoryPreferences(), events: recordingEventSink(), secrets: createMemorySecretStore(), notifier: recordingNotifier() },
  { host: 'cli', platform: process.platform, systemLocale: 'en-US', dataDir, realApiBaseUrl: url, rateLimits: { limits: unlimited } },
);
(globalThis as { gc?: () => void }).gc?.();
const baselineMB = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
for (let i = 0; i < accounts; i += 1) await core.accounts.add(benchKey(i));
const results = await core.coordinator.syncAll();
const seconds = (performance.now() - started) / 1000;
const failed = results.filter((r) => r.outcome !== 'success').length;
const rows = core.cache.series.count();
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
const rssMB = memory.rss / 2 ** 20;
const heapMB = memory.heapUsed / 2 ** 20;
const heapTotalMB = memory.heapTotal / 2 ** 20;
const externalMB = (memory.external + memory.arrayBuffers) / 2 ** 20;
await core.dispose();
child.kill('SIGTERM');
const file = join(dataDir, 'cache.sqlite');
const size = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
const dbMB = (size(file) + size(`${file}-wal`)) / 2 ** 20;
process.stdout.write(`${JSON.stringify({ rssMB, baselineMB, heapMB, heapTotalMB, externalMB, dbMB, seconds, rows, failed })}\n`);
