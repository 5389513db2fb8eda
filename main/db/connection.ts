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
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db, migrations);
  return db;
}
