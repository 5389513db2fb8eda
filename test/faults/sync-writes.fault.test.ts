import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, vi } from 'vitest';
import type { Result } from '../../shared/domain/errors';
import type { SyncRun } from '../../shared/domain/sync-run';
import { catalogues } from '../../shared/i18n/catalogues';
import { composeServices } from '../../main/compose-services';
import { startSimulator, type ScenarioInput } from '../../main/simulator';
import { fakePorts, fixedClock } from '../support/fake-ports';
import { manualClock } from '../support/simulator-client';
import { dumpCache, startSyncHarness, type SyncHarness } from '../support/sync-harness';
import { tempDir } from '../support/temp-dir';
import { startHarness, type Harness } from '../unit/electron/desktop-app-harness';
import { faultCase } from './fault-case';

vi.mock('electron', async () => (await import('../support/fake-electron')).fakeElectron);
vi.mock('electron-store', () => ({ default: class {} }));

/** A key of no known shape: the log can only keep it out by knowing its value. */
const shapelessKey = 'live-7f3a9c2e1b55d0aa';

/** A small store, so each case syncs in a moment: two metrics, ten days. */
const smallStore: ScenarioInput = {
  seed: 41,
  historyDays: 10,
  accounts: [
    {
      name: 'Small Store',
      privateKey: shapelessKey,
      publicKey: 'Small1',
      timezone: 'Europe/Paris',
      currency: 'EUR',
      metrics: [
        { key: 'po', name: 'Placed Order', integration: { name: 'Shopify', category: 'ecommerce' }, baseHourlyRate: 4, valuePerEvent: 50 },
        { key: 'sc', name: 'Started Checkout', integration: { name: 'Shopify', category: 'ecommerce' }, baseHourlyRate: 9 },
      ],
    },
  ],
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harness(clockAt: string): Promise<SyncHarness & { clock: ReturnType<typeof manualClock> }> {
  const clock = manualClock(clockAt);
  const started = await startSyncHarness({ clock, scenario: smallStore });
  cleanups.push(() => started.close());
  return { ...started, clock };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('sync writes', () => {
  faultCase('disk full during a sync write', async () => {
    const start = '2026-07-15T14:40:00Z';
    const later = 3 * 24 * 3_600_000;
    const { core, clock } = await harness(start);
    const { account } = await core.accounts.add(shapelessKey);
    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    const before = dumpCache(core).series as Record<string, unknown>[];

    // The disk fills up: SQLite's max_page_count caps the real file at the pages it has now, so
    // the next page the sync needs fails exactly as a full disk does (SQLITE_FULL), without a
    // tmpfs or a privileged mount.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    clock.advance(later);
    const full = await core.coordinator.sync(account.id);
    expect(full.outcome).toBe('failed');
    expect(full.error?.code).toBe('disk-full');
    const status = core.coordinator.status(account.id);
    expect(status).toMatchObject({ state: 'error', code: 'disk-full' });
    const message = catalogues.en.errors['disk-full'];
    expect(message).toBeTruthy();
    for (const language of ['fr', 'de', 'pt'] as const) expect(catalogues[language].errors['disk-full']).not.toBe(message);

    // Every row held before is still there, unchanged, and the file is sound.
    const during = dumpCache(core).series as Record<string, unknown>[];
    const key = (row: Record<string, unknown>) => JSON.stringify(row);
    const kept = new Set(during.map(key));
    expect(before.filter((row) => !kept.has(key(row)))).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const history = (await core.dispatch('sync:history', { accountId: account.id })) as Result<SyncRun[]>;
    expect(history.ok && history.value[0]).toMatchObject({ outcome: 'failed', errorCode: 'disk-full' });

    // Space again: the next sync resumes and ends with the cache an unhindered sync builds.
    core.db.pragma('max_page_count = 1073741823');
    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    const reference = await harness(start);
    const { account: same } = await reference.core.accounts.add(shapelessKey);
    expect((await reference.core.coordinator.sync(same.id)).outcome).toBe('success');
    reference.clock.advance(later);
    expect((await reference.core.coordinator.sync(same.id)).outcome).toBe('success');
    expect(dumpCache(core)).toEqual(dumpCache(reference.core));
    return `sync failed with disk-full ("${message}"), ${before.length} earlier rows intact, next sync resumed to the full cache`;
  });

  faultCase('interrupted sync closed on start', async () => {
    const dir = tempDir('killed-sync');
    cleanups.push(() => dir.remove());
    const file = join(dir.path, 'cache.sqlite');
    // A real sync process, killed with SIGKILL as soon as its run is recorded.
    const child = spawn(process.execPath, ['out/main/cli.js', 'sync', '--account', 'demo', '--db', file, '--now', '2026-07-15T14:40:00Z', '--json'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const openRuns = () => {
      if (!existsSync(file)) return 0;
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sync_runs'").get() as { n: number }).n === 0
          ? 0
          : (db.prepare('SELECT count(*) AS n FROM sync_runs WHERE ended_at IS NULL').get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        db.close();
      }
    };
    const deadline = Date.now() + 30_000;
    while (openRuns() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(openRuns()).toBeGreaterThan(0);

    const core = composeServices(fakePorts({ clock: fixedClock('2026-07-15T15:00:00Z') }), {
      host: 'cli',
      platform: 'linux',
      systemLocale: 'en-US',
      dataDir: dir.path,
      databaseFile: file,
    });
    cleanups.push(() => core.dispose());
    expect(openRuns()).toBe(0);
    const ids = core.accounts.list().map((a) => a.id);
    const runs: SyncRun[] = [];
    for (const accountId of ids) {
      const result = (await core.dispatch('sync:history', { accountId })) as Result<SyncRun[]>;
      if (result.ok) runs.push(...result.value);
    }
    expect(runs.filter((run) => run.outcome === 'interrupted').length).toBeGreaterThan(0);
    expect(runs.every((run) => run.endedAt !== null)).toBe(true);
    return `the killed run is listed as "${catalogues.en.syncHistory.interrupted}" in Recent syncs`;
  });

  faultCase('secret in log redacted', async () => {
    const simulator = await startSimulator({ enforceRateLimits: false, scenario: smallStore });
    cleanups.push(() => simulator.close());
    const desktop: Harness = await startHarness({ coreOptions: { realApiBaseUrl: simulator.url } });
    cleanups.push(() => desktop.stop());
    expect((await desktop.desktop.core.dispatch('accounts:add', { key: shapelessKey })).ok).toBe(true);
    // Careless lines, the kind a future change might add: the key by value, and headers as sent.
    desktop.desktop.log.logger.error(`request failed for ${shapelessKey}`, { sent: `Authorization: Klaviyo-API-Key ${shapelessKey}` });
    desktop.desktop.log.logger.warn('proxy answered for Authorization: Bearer abc.def.ghi');

    const log = readFileSync(join(desktop.userData, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('request failed for [redacted');
    expect(log).not.toContain('abc.def.ghi');
    const inClear = filesUnder(desktop.userData).filter((path) => readFileSync(path).includes(Buffer.from(shapelessKey)));
    expect(inClear).toEqual([]);
    return 'main.log reads "request failed for [redacted …d0aa]"; the key is in clear in no file';
  });
});
