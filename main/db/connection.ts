import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { runMigrations } from './migrate';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the cache database and brings its schema up to date.
 *
 * WAL lets the UI read while a sync writes; `synchronous = NORMAL` in WAL mode keeps every
 * committed transaction across a crash of the app (it can lose the last commits only on power
 * loss, and then the next sync fetches them again: the cache is a copy, the API is the source).
 */
export function openDatabase(file: string, appVersion?: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const before = db.pragma('user_version', { simple: true }) as number;
  const after = runMigrations(db, migrations);
  // Remembered so that an older Storepulse, finding a schema it does not know, can say which
  // version wrote it instead of a bare schema number.
  if (appVersion !== undefined && (before < after || readLastMigratedBy(db) === null)) {
    db.prepare("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('last_migrated_by', ?)").run(appVersion);
  }
  return db;
}

/** The app version that last migrated the cache; null before migration 004 or when never stored. */
export function readLastMigratedBy(db: Db): string | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_meta'").get();
  if (!table) return null;
  const row = db.prepare("SELECT value FROM app_meta WHERE key = 'last_migrated_by'").get() as { value: string } | undefined;
  return row?.value ?? null;
}
