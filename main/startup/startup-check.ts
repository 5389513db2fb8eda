import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileFor, restoreCacheBackup } from '../db/cache-backup';
import { corruptNameFor, inspectCache, moveCacheAside } from '../db/open-cache';
import { brokenNameFor, inspectPreferences, preferencesFileIn, setPreferencesAside } from '../settings/preferences-file';

/** Something found at start-up that the person must decide about before the app opens. */
export type StartupProblem =
  | { kind: 'cache-corrupt'; file: string; detail: string; aside: string; backupAt: Date | null }
  | { kind: 'cache-newer'; file: string; schema: number; knownSchema: number; writtenBy: string | null }
  | { kind: 'preferences-garbage'; file: string; detail: string; aside: string };

export type StartupChoice = 'rebuild' | 'restore-defaults' | 'quit';

export type StartupOutcome =
  | { kind: 'resolved'; kept: string; restoredBackup: boolean }
  | { kind: 'quit' };

/** Where a host keeps its files; the cache defaults to `cache.sqlite` in the data folder, as in createCore. */
export interface StartupFiles {
  dataDir: string;
  databaseFile?: string;
}

export const cacheFileOf = (files: StartupFiles): string => files.databaseFile ?? join(files.dataDir, 'cache.sqlite');

/**
 * Looks at the cache and the preferences before either is opened for real (opening them is what
 * used to throw, before any host could say anything). Empty when the app can start.
 */
export function checkStartup(files: StartupFiles, now: Date): StartupProblem[] {
  const problems: StartupProblem[] = [];
  const cacheFile = cacheFileOf(files);
  const cache = inspectCache(cacheFile);
  if (cache.kind === 'corrupt') {
    const backup = backupFileFor(cacheFile);
    problems.push({
      kind: 'cache-corrupt',
      file: cacheFile,
      detail: cache.detail,
      aside: corruptNameFor(cacheFile, now),
      backupAt: existsSync(backup) ? statSync(backup).mtime : null,
    });
  } else if (cache.kind === 'newer') {
    problems.push({ kind: 'cache-newer', file: cacheFile, schema: cache.schema, knownSchema: cache.knownSchema, writtenBy: cache.writtenBy });
  }
  const preferencesFile = preferencesFileIn(files.dataDir);
  const preferences = inspectPreferences(preferencesFile);
  if (preferences.kind === 'garbage') {
    problems.push({ kind: 'preferences-garbage', file: preferencesFile, detail: preferences.detail, aside: brokenNameFor(preferencesFile, now) });
  }
  return problems;
}

/** The answers a problem allows, the safe repair first. A newer cache is never touched: quit only. */
export function choicesFor(problem: StartupProblem): StartupChoice[] {
  switch (problem.kind) {
    case 'cache-corrupt':
      return ['rebuild', 'quit'];
    case 'preferences-garbage':
      return ['restore-defaults', 'quit'];
    case 'cache-newer':
      return ['quit'];
  }
}

/**
 * Carries out an answer. Nothing is deleted: a damaged file is renamed beside its replacement.
 * A choice the problem does not offer is treated as quit, which changes nothing.
 */
export function applyStartupChoice(problem: StartupProblem, choice: StartupChoice): StartupOutcome {
  if (choice === 'quit' || !choicesFor(problem).includes(choice)) return { kind: 'quit' };
  if (problem.kind === 'cache-corrupt') {
    moveCacheAside(problem.file, problem.aside);
    return { kind: 'resolved', kept: problem.aside, restoredBackup: restoreCacheBackup(problem.file) };
  }
  if (problem.kind === 'preferences-garbage') {
    setPreferencesAside(problem.file, problem.aside);
    return { kind: 'resolved', kept: problem.aside, restoredBackup: false };
  }
  return { kind: 'quit' };
}
