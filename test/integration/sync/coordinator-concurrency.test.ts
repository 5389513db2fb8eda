import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import { openDatabase } from '../../../main/db/connection';
import { defaultSyncPolicy } from '../../../main/sync/sync-planner';
import { createSyncCoordinator } from '../../../main/sync/sync-coordinator';
import { createSyncCache } from '../../../main/sync/sync-cache';
import { fixedClock, recordingEventSink, recordingLogger } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

/** An agency's fifty accounts do not all sync at once: a few at a time, the rest wait their turn. */
const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

describe('sync coordinator: accounts in parallel, within a limit', () => {
  it('runs at most maxParallelAccounts syncs at once and every account gets its turn', async () => {
    const dir = tempDir('coordinator');
    dirs.push(dir);
    const db = openDatabase(join(dir.path, 'cache.sqlite'));
    const accounts = Array.from({ length: 6 }, (_, i) => ({ id: `acct-${i}`, timezone: 'UTC' }));
    for (const { id } of accounts) {
      db.prepare("INSERT INTO accounts (id, name, kind, timezone, currency, base_url, secret_ref, created_at) VALUES (?, ?, 'real', 'UTC', 'USD', 'x', NULL, '2026-01-01')").run(id, id);
    }
    let active = 0;
    let busiest = 0;
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const coordinator = createSyncCoordinator({
      cache: createSyncCache(db),
      clock: fixedClock('2026-07-01T12:00:00Z'),
      logger: recordingLogger(),
      events: recordingEventSink(),
      policy: defaultSyncPolicy,
      maxParallelAccounts: 2,
      listAccounts: () => accounts,
      // Each run holds its slot until released, then fails as if offline: enough to observe slots.
      async sourceFor(accountId) {
        started.push(accountId);
        active += 1;
        busiest = Math.max(busiest, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active -= 1;
        throw new AppError('unreachable', 'offline');
      },
    });

    const all = coordinator.syncAll();
    while (started.length < 6) {
      await new Promise((resolve) => setImmediate(resolve));
      if (releases.length > 0 && active === 2) releases.shift()!();
      else if (releases.length > 0 && started.length === 6) releases.shift()!();
    }
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await all;
    expect(results.map((r) => r.outcome)).toEqual(Array(6).fill('failed'));
    expect(started.sort()).toEqual(accounts.map((a) => a.id).sort());
    expect(busiest).toBe(2);
    db.close();
  });
});
