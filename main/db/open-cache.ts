import Database from 'better-sqlite3';
import { existsSync, renameSync, statSync } from 'node:fs';
import { readLastMigratedBy } from './connection';
import { migrations } from './migrations';

/** What start-up finds in the cache file, before anything writes to it. */
export type CacheVerdict =
  | { kind: 'ok' }
  | { kind: 'missing' }
  /** Not a database any more (truncated, zeroed, overwritten) or failing SQLite's own check. */
  | { kind: 'corrupt'; detail: string }
  /** Written by a newer Storepulse: left untouched, and the version that wrote it named if known. */
  | { kind: 'newer'; schema: number; knownSchema: number; writtenBy: string | null };

/**
 * Opens the cache and asks SQLite whether it is sound (`PRAGMA quick_check`: every
 * page and index structure, without the slow cross-checks of integrity_check) and which schema it
 * holds. Never migrates, never writes: a newer or damaged file must stay exactly as found. (Not
 * opened read-only: a read-only connection cannot create the WAL index a cleanly closed cache
 * lacks, which would pass a sound file off as damaged.)
 */
export function inspectCache(file: string): CacheVerdict {
  if (!existsSync(file)) return { kind: 'missing' };
  // SQLite treats an empty file as a new, empty database: nothing is lost by creating it.
  if (statSync(file).size === 0) return { kind: 'ok' };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { kind: 'corrupt', detail: String(check) };
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema > migrations.length) {
      let writtenBy: string | null = null;
      try {
        writtenBy = readLastMigratedBy(db);
      } catch {
        // A newer schema may have reshaped app_meta: the version stays unnamed.
      }
      return { kind: 'newer', schema, knownSchema: migrations.length, writtenBy };
    }
    return { kind: 'ok' };
  } catch (error) {
    return { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/**
 * Moves a damaged cache (and its WAL companions) aside, kept for whoever wants to look at it; the
 * next open creates a fresh one.
 */
export function moveCacheAside(file: string, aside: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
}

/** The name a damaged cache is kept under: `<file>.corrupt-<timestamp>`. */
export const corruptNameFor = (file: string, now: Date): string => `${file}.corrupt-${fileStamp(now)}`;

/** A timestamp that is a valid file name everywhere (no colons on Windows). */
export const fileStamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');
