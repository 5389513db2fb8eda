import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect } from 'vitest';
import { createHostServices } from '../support/host-services';
import { applyStartupChoice, checkStartup, type StartupProblem } from '../../main/startup/startup-check';
import { startupText } from '../../main/startup/startup-text';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { tempDir } from '../support/temp-dir';
import { faultCase } from './fault-case';

const now = new Date('2026-12-05T08:00:00Z');
const folders: { path: string; remove(): void }[] = [];
const unlock: string[] = [];
afterEach(() => {
  for (const file of unlock.splice(0)) setReadOnly(file, false);
  folders.splice(0).forEach((folder) => folder.remove());
});

/**
 * A data folder as a user's would be after some use: the demo accounts, French chosen in the
 * settings, one dismissed alert in the history, and the rolling backup taken.
 */
async function usedDataFolder(): Promise<string> {
  const folder = tempDir('startup-fault');
  folders.push(folder);
  const { core } = createHostServices(folder.path, 'en-US', { schedule: false });
  core.settings.update({ language: 'fr', syncIntervalMinutes: 30 });
  const [account] = core.accounts.list();
  if (!account) throw new Error('no demo account');
  core.db.prepare("INSERT INTO metrics (account_id, id, name) VALUES (?, 'M1', 'Placed Order')").run(account.id);
  core.db
    .prepare(
      "INSERT INTO alerts (id, account_id, metric_id, state, start, fired_at, expected, observed, depth, dismissed_at) VALUES ('alert-1', ?, 'M1', 'dismissed', '2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z', 100, 20, 0.8, '2026-12-01T13:00:00Z')",
    )
    .run(account.id);
  await core.backup.run();
  await core.dispose();
  return folder.path;
}

const cacheOf = (dir: string) => join(dir, 'cache.sqlite');
const preferencesOf = (dir: string) => join(dir, 'preferences.json');

function overwrite(file: string, at: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, at);
  closeSync(fd);
}

function setReadOnly(file: string, readOnly: boolean): void {
  // root ignores permission bits: the immutable attribute is what refuses its writes.
  if (process.getuid?.() === 0) execFileSync('chattr', [readOnly ? '+i' : '-i', file]);
  else execFileSync('chmod', [readOnly ? '444' : '644', file]);
}

/** The text a person sees, in two languages, checked for the catalogue's words and no stack trace. */
function seen(problem: StartupProblem): string {
  const english = startupText(problem, 'en', '0.1.0');
  const french = startupText(problem, 'fr', '0.1.0');
  for (const text of [english, french]) {
    const all = [text.title, text.message, text.detail, ...text.buttons.map((b) => b.label)].join('\n');
    expect(all).not.toMatch(/startup\.|\{\{|\n\s+at /);
  }
  expect(french.title).not.toBe(english.title);
  return english.title;
}

/** Starting the real host core again, as the next launch would; true when it comes up. */
async function startsAgain(dir: string): Promise<{ language: string; interval: number; accounts: number; alertStates: string[] }> {
  const { core } = createHostServices(dir, 'en-US', { schedule: false });
  try {
    const settings = core.settings.get();
    const alertStates = (core.db.prepare('SELECT state FROM alerts').all() as { state: string }[]).map((row) => row.state);
    return { language: settings.language, interval: settings.syncIntervalMinutes, accounts: core.accounts.list().length, alertStates };
  } finally {
    await core.dispose();
  }
}

async function corruptCacheCase(damage: (file: string) => void): Promise<string> {
  const dir = await usedDataFolder();
  damage(cacheOf(dir));
  // The defect: the host used to die here, before anything could say a word.
  expect(() => createHostServices(dir, 'en-US', { schedule: false })).toThrow();
  const problems = checkStartup({ dataDir: dir }, now);
  expect(problems.map((p) => p.kind)).toEqual(['cache-corrupt']);
  const [problem] = problems as [StartupProblem];
  const title = seen(problem);
  expect(title).toBe(en.startup.cacheCorrupt.title);
  expect(startupText(problem, 'fr', '0.1.0').buttons.map((b) => b.label)).toEqual([fr.startup.cacheCorrupt.rebuild, fr.startup.quit]);
  const outcome = applyStartupChoice(problem, 'rebuild');
  expect(outcome).toMatchObject({ kind: 'resolved', restoredBackup: true });
  expect(readdirSync(dir).some((name) => name.startsWith('cache.sqlite.corrupt-'))).toBe(true);
  const after = await startsAgain(dir);
  expect(after).toEqual({ language: 'fr', interval: 30, accounts: 2, alertStates: ['dismissed'] });
  expect(checkStartup({ dataDir: dir }, now)).toEqual([]);
  return `“${title}”; rebuilt, damaged file kept aside, settings and accounts kept, dismissed alert restored from the backup`;
}

describe('start-up with damaged or newer files', () => {
  faultCase('corrupt cache (pages overwritten)', () =>
    corruptCacheCase((file) => {
      const size = statSync(file).size;
      for (let at = 4096; at < size; at += 4096) overwrite(file, at, Buffer.alloc(512, 0x5a));
    }),
  );

  faultCase('truncated cache (half the file)', () => corruptCacheCase((file) => truncateSync(file, Math.floor(statSync(file).size / 2) + 100)));

  faultCase('zeroed cache', () => corruptCacheCase((file) => writeFileSync(file, Buffer.alloc(statSync(file).size))));

  faultCase('cache written by a newer schema', async () => {
    const dir = await usedDataFolder();
    const raw = new Database(cacheOf(dir));
    raw.prepare("UPDATE app_meta SET value = '9.1.0' WHERE key = 'last_migrated_by'").run();
    raw.pragma('user_version = 42');
    raw.close();
    const before = readFileSync(cacheOf(dir));
    expect(() => createHostServices(dir, 'en-US', { schedule: false })).toThrow(/newer/);
    const problems = checkStartup({ dataDir: dir }, now);
    expect(problems).toMatchObject([{ kind: 'cache-newer', schema: 42, writtenBy: '9.1.0' }]);
    const [problem] = problems as [StartupProblem];
    const title = seen(problem);
    const text = startupText(problem, 'en', '0.1.0');
    expect(text.message).toContain('9.1.0');
    expect(startupText(problem, 'de', '0.1.0').message).toContain('9.1.0');
    expect(text.buttons.map((b) => b.choice)).toEqual(['quit']);
    expect(applyStartupChoice(problem, 'rebuild')).toEqual({ kind: 'quit' });
    expect(readFileSync(cacheOf(dir)).equals(before)).toBe(true);
    return `“${title}”: ${text.message} Only Quit is offered; the file is left byte for byte`;
  });

  const preferencesCase = (content: string) => async () => {
    const dir = await usedDataFolder();
    writeFileSync(preferencesOf(dir), content);
    expect(() => createHostServices(dir, 'en-US', { schedule: false })).toThrow();
    const problems = checkStartup({ dataDir: dir }, now);
    expect(problems.map((p) => p.kind)).toEqual(['preferences-garbage']);
    const [problem] = problems as [StartupProblem];
    const title = seen(problem);
    expect(applyStartupChoice(problem, 'restore-defaults')).toMatchObject({ kind: 'resolved' });
    const kept = readdirSync(dir).find((name) => name.startsWith('preferences.json.broken-'));
    expect(kept && readFileSync(join(dir, kept), 'utf8')).toBe(content);
    const after = await startsAgain(dir);
    expect(after).toEqual({ language: 'system', interval: 15, accounts: 2, alertStates: ['dismissed'] });
    return `“${title}”; defaults restored, broken file kept as ${kept?.replace(/-\d.*$/, '-<time>')}, cache and alerts untouched`;
  };

  faultCase('garbage preferences', preferencesCase('{"language": "fr", \u0000\u0001 not json'));

  faultCase('empty preferences', preferencesCase(''));

  faultCase('read-only preferences', async () => {
    const dir = await usedDataFolder();
    const file = preferencesOf(dir);
    const before = readFileSync(file, 'utf8');
    setReadOnly(file, true);
    unlock.push(file);
    expect(checkStartup({ dataDir: dir }, now)).toEqual([]);
    const { core } = createHostServices(dir, 'fr-FR', { schedule: false });
    try {
      const result = await core.dispatch('settings:set', { theme: 'dark' });
      expect(result).toMatchObject({ ok: false, error: { code: 'preferences-not-saved' } });
      expect(core.settings.get().theme).toBe('system');
    } finally {
      await core.dispose();
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(file)).toBe(true);
    return `starts; a change is refused with “${fr.errors['preferences-not-saved']}”, the file unchanged`;
  });
});
