import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileFor, createCacheBackup, restoreCacheBackup } from '../../../main/db/cache-backup';
import { openDatabase } from '../../../main/db/connection';
import { corruptNameFor, moveCacheAside } from '../../../main/db/open-cache';
import { recordingLogger } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

function cacheWithHistory(): { file: string; db: Database.Database } {
  const dir = tempDir('cache-backup');
  dirs.push(dir);
  const file = join(dir.path, 'cache.sqlite');
  const db = openDatabase(file, '0.1.0');
  db.exec(`
    INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', 'ref-a', '2026-01-01');
    INSERT INTO metrics (account_id, id, name) VALUES ('a', 'M1', 'Placed Order');
    INSERT INTO series VALUES ('a', 'M1', 'hour', 1000, 5, 50, 5, 1000);
    INSERT INTO sync_state VALUES ('a', 'M1', 'hour', 1000, '2026-01-02', NULL);
    INSERT INTO alerts (id, account_id, metric_id, state, start, fired_at, expected, observed, depth, snoozed_until)
      VALUES ('al', 'a', 'M1', 'snoozed', '2026-01-02', '2026-01-02', 10, 1, 0.9, '2026-02-01');
  `);
  return { file, db };
}

describe('rolling cache backup', () => {
  it('is taken at most hourly, keeps the user’s own tables and leaves out what a sync fetches again', async () => {
    const { file, db } = cacheWithHistory();
    let now = new Date('2026-12-05T08:00:00Z');
    const backup = createCacheBackup({ db, cacheFile: file, clock: { now: () => now }, logger: recordingLogger() });
    expect(await backup.maybeRun()).toBe(true);
    db.prepare("UPDATE alerts SET state = 'dismissed'").run();
    now = new Date('2026-12-05T08:59:00Z');
    expect(await backup.maybeRun()).toBe(false);
    const copy = new Database(backupFileFor(file), { readonly: true });
    expect(copy.prepare('SELECT state FROM alerts').all()).toEqual([{ state: 'snoozed' }]);
    expect(copy.prepare('SELECT COUNT(*) AS n FROM series').get()).toEqual({ n: 0 });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM sync_state').get()).toEqual({ n: 0 });
    expect(copy.prepare('SELECT secret_ref FROM accounts').all()).toEqual([{ secret_ref: 'ref-a' }]);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    now = new Date('2026-12-05T09:01:00Z');
    expect(await backup.maybeRun()).toBe(true);
    await backup.idle();
    db.close();

    // The cache is set aside: the backup takes its place, and migrations open it as usual.
    moveCacheAside(file, corruptNameFor(file, now));
    expect(existsSync(file)).toBe(false);
    expect(restoreCacheBackup(file)).toBe(true);
    const restored = openDatabase(file, '0.1.0');
    expect(restored.prepare('SELECT state FROM alerts').all()).toEqual([{ state: 'dismissed' }]);
    restored.close();
  });

  it('restores nothing when there is no backup, or a damaged one', () => {
    const { file, db } = cacheWithHistory();
    db.close();
    expect(restoreCacheBackup(file)).toBe(false);
    writeFileSync(backupFileFor(file), Buffer.alloc(8192, 'garbage '));
    expect(restoreCacheBackup(file)).toBe(false);
  });
});
