import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Clock, Logger } from '../ports';
import type { Db } from './connection';

/**
 * Tables the API can give back on a re-sync. They are emptied in the backup so it stays small;
 * everything else (accounts and their key references, the catalogue the alerts point at, alert
 * history, dismissals and snoozes, detection state, wizard progress) is the user's own.
 */
const rebuildableTables = ['series', 'sync_state', 'account_sync'] as const;
const hourMs = 60 * 60 * 1000;

export const backupFileFor = (cacheFile: string): string => `${cacheFile}.backup`;

export interface CacheBackup {
  /** Backs up unless the last backup is younger than an hour; true when one was written. */
  maybeRun(): Promise<boolean>;
  /** Backs up now. */
  run(): Promise<void>;
  /** Settles once no backup is running (the database must not close under one). */
  idle(): Promise<void>;
}

/**
 * One rolling backup of the cache beside it (`cache.sqlite.backup`), through SQLite's online
 * backup API so a sync may keep writing meanwhile. Written to a temporary name and renamed, so a
 * crash mid-backup never leaves a half backup in place of the last good one.
 */
export function createCacheBackup(deps: { db: Db; cacheFile: string; clock: Clock; logger: Logger }): CacheBackup {
  const target = backupFileFor(deps.cacheFile);
  let lastAt: number | null = existsSync(target) ? statSync(target).mtimeMs : null;
  let running: Promise<void> | null = null;

  async function backUp(): Promise<void> {
    const temporary = `${target}.partial`;
    rmSync(temporary, { force: true });
    await deps.db.backup(temporary);
    const copy = new Database(temporary);
    try {
      for (const table of rebuildableTables) copy.prepare(`DELETE FROM ${table}`).run();
      // One self-contained file: no WAL beside it to lose when it is copied back.
      copy.pragma('journal_mode = DELETE');
      copy.exec('VACUUM');
    } finally {
      copy.close();
    }
    renameSync(temporary, target);
    lastAt = deps.clock.now().getTime();
  }

  const run = (): Promise<void> => {
    running ??= backUp().finally(() => (running = null));
    return running;
  };

  return {
    run,
    idle: () => (running ?? Promise.resolve()).catch(() => {}),
    async maybeRun() {
      // A backup "from the future" (the clock was set back) counts as old, not as fresh for ever.
      const age = lastAt === null ? Infinity : deps.clock.now().getTime() - lastAt;
      if (running || (age >= 0 && age < hourMs)) return false;
      try {
        await run();
        return true;
      } catch (error) {
        // A failed backup must not fail the sync that asked for it; the previous one stays.
        deps.logger.warn('cache backup failed', { error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
  };
}

/**
 * Puts the last backup in place of a cache that was moved aside, so the rebuilt cache starts with
 * the accounts, alert history, dismissals, snoozes and wizard progress it had; the next sync
 * fetches the series again. False when there is no sound backup (the cache then starts empty).
 */
export function restoreCacheBackup(cacheFile: string): boolean {
  const source = backupFileFor(cacheFile);
  if (!existsSync(source)) return false;
  try {
    const probe = new Database(source, { readonly: true, fileMustExist: true });
    const sound = probe.pragma('quick_check', { simple: true }) === 'ok';
    probe.close();
    if (!sound) return false;
  } catch {
    return false;
  }
  copyFileSync(source, cacheFile);
  return true;
}
