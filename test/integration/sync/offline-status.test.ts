import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { createAccountApi } from '../../../main/api/account-api';
import { openDatabase, type Db } from '../../../main/db/connection';
import { demoKeys, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { createSyncCoordinator, type SyncCoordinator } from '../../../main/sync/sync-coordinator';
import { defaultSyncPolicy } from '../../../main/sync/sync-planner';
import { createSyncCache, type SyncCache } from '../../../main/sync/sync-cache';
import type { Sleep } from '../../../main/api/sleep';
import { fixedClock, recordingEventSink, recordingLogger, type RecordingEventSink } from '../../support/fake-ports';
import { unlimitedRegistry } from '../../support/unlimited-registry';
import { tempDir } from '../../support/temp-dir';

/**
 * The API goes away while the app holds a cache synced 12 minutes ago. The client keeps retrying
 * in the background (its backoff here never ends, so only the first attempt of each call is ever
 * sent), yet the account's status must say "offline" with the cache's age after that one failed
 * attempt, not only once every retry is spent. Attempts are counted on the server.
 */
const dir = tempDir('offline-status');
const now = '2026-07-01T12:00:00Z';
const lastSuccessAt = '2026-07-01T11:48:00Z';
let remote: RunningSimulator;
let db: Db;
let store: SyncCache;
let events: RecordingEventSink;
let coordinator: SyncCoordinator;
let sleeps = 0;

/** A backoff that lasts until the sync is cancelled: no retry is ever sent. */
const endlessSleep: Sleep = (_ms, signal) => {
  sleeps += 1;
  return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
};

beforeAll(async () => {
  remote = await startSimulator({ enforceRateLimits: false, faults: { dropConnections: 1_000 } });
  db = openDatabase(join(dir.path, 'cache.sqlite'));
  db.prepare("INSERT INTO accounts (id, name, kind, timezone, currency, base_url, secret_ref, created_at) VALUES ('acct-1', 'Shop', 'real', 'UTC', 'USD', 'x', NULL, '2026-01-01')").run();
  store = createSyncCache(db);
  store.state.updateAccount('acct-1', { lastSuccessAt });
  events = recordingEventSink();
  const api = createAccountApi({ baseUrl: remote.url, key: demoKeys.outdoor, logger: recordingLogger(), rateLimiters: unlimitedRegistry(), sleep: endlessSleep });
  coordinator = createSyncCoordinator({
    cache: store,
    clock: fixedClock(now),
    logger: recordingLogger(),
    events,
    policy: defaultSyncPolicy,
    listAccounts: () => [{ id: 'acct-1', timezone: 'UTC' }],
    sourceFor: async () => api,
  });
});
afterAll(async () => {
  await coordinator.stop();
  await remote.close();
  db.close();
  dir.remove();
});

describe('sync status when the API is gone', () => {
  it('says offline, with the cache age, after the first failed attempt', async () => {
    const run = coordinator.sync('acct-1');
    // Polls, not a stopwatch: the SDK's first load takes a while on a busy machine.
    await vi.waitFor(() => expect(sleeps).toBeGreaterThan(0), { timeout: 30_000 });
    expect(coordinator.isRunning('acct-1')).toBe(true);
    expect(remote.requests.every((request) => request.status === 0)).toBe(true);
    // The catalogue's first two reads went out in parallel, once each: no retry was sent.
    expect(remote.requests.length).toBeLessThanOrEqual(2);
    await vi.waitFor(() => expect(coordinator.status('acct-1')).toMatchObject({ state: 'offline', lastSyncedAt: lastSuccessAt, cacheAgeSeconds: 720 }), { timeout: 5_000 });
    // And the window is told, without having to ask.
    expect(events.emitted.filter((event) => event.event === 'accounts:status').at(-1)?.payload).toMatchObject({ state: 'offline', cacheAgeSeconds: 720 });
    coordinator.cancel('acct-1');
    expect((await run).outcome).toBe('cancelled');
  });
});
