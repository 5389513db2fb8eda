import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, readLastMigratedBy } from '../../../main/db/connection';
import { runMigrations, type Migration } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { tempDir } from '../../support/temp-dir';

const dirs: { remove(): void }[] = [];
function dbFile(): string {
  const dir = tempDir('migrations');
  dirs.push(dir);
  return join(dir.path, 'cache.sqlite');
}
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('001 creates the cache schema on a new file, in WAL mode with foreign keys on', () => {
    const db = openDatabase(dbFile());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(db)).toEqual(
      [
        'account_sync',
        'accounts',
        'alert_transitions',
        'alerts',
        'app_meta',
        'diagnoses',
        'flow_triggers',
        'flows',
        'incident_events',
        'incidents',
        'kind_monitor_states',
        'metric_monitors',
        'metric_snoozes',
        'metrics',
        'monitor_states',
        'series',
        'sync_runs',
        'sync_state',
        'wizard_progress',
      ].sort(),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('002 upgrades a version-1 cache in place, keeping its data', () => {
    const file = dbFile();
    const v1 = new Database(file);
    runMigrations(v1, migrations.slice(0, 1));
    v1.prepare(
      "INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')",
    ).run();
    v1.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Shop' }]);
    expect(tables(db)).toContain('alerts');
    db.close();
  });

  it('003 adds wizard progress to a version-2 cache, keeping its data, and drops it with its account', () => {
    const file = dbFile();
    const v2 = new Database(file);
    runMigrations(v2, migrations.slice(0, 2));
    v2.prepare(
      "INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')",
    ).run();
    v2.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Shop' }]);
    db.prepare("INSERT INTO wizard_progress VALUES ('w1', 'a', 'migration', 'active', '{}', '2026-01-02')").run();
    expect(() => db.prepare("INSERT INTO wizard_progress VALUES ('w2', 'nobody', 'migration', 'active', '{}', '2026-01-02')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM accounts WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM wizard_progress').get()).toEqual({ n: 0 });
    db.close();
  });

  it('re-opening an up-to-date file changes nothing', () => {
    const file = dbFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('004 adds app_meta to a version-3 cache and records the app version that migrated it', () => {
    const file = dbFile();
    const v3 = new Database(file);
    runMigrations(v3, migrations.slice(0, 3));
    v3.prepare(
      "INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')",
    ).run();
    v3.close();
    const db = openDatabase(file, '1.2.3');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Shop' }]);
    expect(readLastMigratedBy(db)).toBe('1.2.3');
    db.close();
    // Reopened by the same schema, the record stays with the version that last migrated it.
    const again = openDatabase(file, '1.2.4');
    expect(readLastMigratedBy(again)).toBe('1.2.3');
    again.close();
  });

  it('006 adds per-metric monitor settings to a version-5 cache; they go with their account', () => {
    const file = dbFile();
    const v5 = new Database(file);
    runMigrations(v5, migrations.slice(0, 5));
    v5.prepare("INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')").run();
    v5.close();
    const db = openDatabase(file, '1.2.3');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.prepare("INSERT INTO metric_monitors VALUES ('a', 'm', 'high', NULL, 2.5, '2026-01-02')").run();
    expect(() => db.prepare("INSERT INTO metric_monitors VALUES ('a', 'n', 'loud', NULL, NULL, '2026-01-02')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO metric_monitors VALUES ('a', 'o', NULL, NULL, 0, '2026-01-02')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM accounts WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM metric_monitors').get()).toEqual({ n: 0 });
    db.close();
  });

  it('005 adds incidents to a version-4 cache: its alerts stay, waiting for the next evaluation to group them', () => {
    const file = dbFile();
    const v4 = new Database(file);
    runMigrations(v4, migrations.slice(0, 4));
    v4.prepare("INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')").run();
    v4.prepare("INSERT INTO metrics (account_id, id, name) VALUES ('a', 'm', 'Placed Order')").run();
    v4.prepare(
      "INSERT INTO alerts VALUES ('x', 'a', 'm', 'active', '2026-01-02T00:00:00.000Z', '2026-01-02T03:00:00.000Z', NULL, 10, 0, 1, NULL, NULL)",
    ).run();
    v4.close();
    const db = openDatabase(file, '1.2.3');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, state, incident_id FROM alerts').all()).toEqual([{ id: 'x', state: 'active', incident_id: null }]);
    expect(tables(db)).toEqual(expect.arrayContaining(['incidents', 'incident_events']));
    db.close();
  });

  it('008 gives a version-7 cache\'s alerts the count\'s kind and stores the other kinds\' monitors beside the count\'s', () => {
    const file = dbFile();
    const v7 = new Database(file);
    runMigrations(v7, migrations.slice(0, 7));
    v7.prepare("INSERT INTO accounts VALUES ('a', 'Shop', 'real', 'UTC', 'EUR', 'https://a.klaviyo.com', NULL, '2026-01-01')").run();
    v7.prepare("INSERT INTO metrics (account_id, id, name) VALUES ('a', 'm', 'Placed Order')").run();
    v7.prepare(
      "INSERT INTO alerts (id, account_id, metric_id, state, start, fired_at, expected, observed, depth, probability) VALUES ('x', 'a', 'm', 'active', '2026-01-02T00:00:00.000Z', '2026-01-02T03:00:00.000Z', 10, 0, 1, 1e-6)",
    ).run();
    v7.close();
    const db = openDatabase(file, '1.2.3');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, kind, probability FROM alerts').all()).toEqual([{ id: 'x', kind: 'count-down', probability: 1e-6 }]);
    expect(() => db.prepare("UPDATE alerts SET kind = 'sideways'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO kind_monitor_states VALUES ('a', 'm', 'value-down', '{}', '2026-01-02')").run();
    // The count's own monitor stays in monitor_states: it is no kind of this table.
    expect(() => db.prepare("INSERT INTO kind_monitor_states VALUES ('a', 'm', 'count-down', '{}', '2026-01-02')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM metrics WHERE id = 'm'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM kind_monitor_states').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file written by a newer version instead of damaging it', () => {
    const file = dbFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer Storepulse/);
  });

  it('rolls back a failing migration together with its version bump', () => {
    const db = new Database(dbFile());
    const broken: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'fails halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => runMigrations(db, broken)).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['a']);
    db.close();
  });

  it('rejects a migration list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [{ version: 2, name: 'gap', up: () => {} }])).toThrow(/without gaps/);
  });
});
