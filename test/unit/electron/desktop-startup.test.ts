import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import type { DesktopApp } from '../../../main/electron/desktop-app';
import { memoryPreferences } from '../../support/fake-ports';
import { fakeElectron, FakeBrowserWindow } from '../../support/fake-electron';
import { manualTime } from '../../support/manual-timers';
import { tempDir } from '../../support/temp-dir';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);
vi.mock('electron-store', () => ({ default: class {} }));

let folder: { path: string; remove(): void } | null = null;
let running: DesktopApp | null = null;
afterEach(async () => {
  if (running) {
    running.notifier.dispose();
    await running.core.dispose();
  }
  running = null;
  folder?.remove();
  folder = null;
});

/** The real desktop start-up against the fake `electron`, in a user-data folder prepared by `prepare`. */
async function launch(prepare: (userData: string) => void, answer: number, locale = 'en-US'): Promise<DesktopApp | null> {
  fakeElectron.reset();
  folder = tempDir('desktop-startup');
  prepare(folder.path);
  fakeElectron.app.userData = folder.path;
  fakeElectron.app.locale = locale;
  fakeElectron.dialog.answer = answer;
  const { startDesktopApp } = await import('../../../main/electron/desktop-app');
  const time = manualTime('2026-11-23T10:00:00Z');
  const stores = { preferences: memoryPreferences({}), 'window-state': memoryPreferences() };
  const started = startDesktopApp({
    mainDir: '/app/out/main',
    argv: ['/opt/Storepulse/storepulse'],
    preferences: (name) => stores[name],
    clock: time,
    timers: time,
    schedule: false,
  });
  if (!started) throw new Error('no single-instance lock');
  fakeElectron.app.ready();
  running = await started;
  return running;
}

const corruptCache = (userData: string) => writeFileSync(join(userData, 'cache.sqlite'), Buffer.alloc(16_384, 'not a database '));

describe('desktop start-up with a damaged cache', () => {
  it('asks in a dialog instead of exiting, and "rebuild" opens the app on a fresh cache with the damaged one kept', async () => {
    const desktop = await launch(corruptCache, 0);
    expect(fakeElectron.dialog.asked).toHaveLength(1);
    expect(fakeElectron.dialog.asked[0]).toMatchObject({
      title: en.startup.cacheCorrupt.title,
      buttons: [en.startup.cacheCorrupt.rebuild, en.startup.quit],
      defaultId: 0,
      cancelId: 1,
    });
    expect(desktop).not.toBeNull();
    expect(fakeElectron.app.quitted).toBe(false);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const listed = await desktop!.core.invoke('accounts:list', undefined);
    expect(listed.ok && listed.value.length).toBeGreaterThan(0);
    expect(readdirSync(folder!.path).filter((name) => name.startsWith('cache.sqlite.corrupt-'))).toHaveLength(1);
  });

  it('speaks the system language', async () => {
    await launch(corruptCache, 0, 'fr-FR');
    expect(fakeElectron.dialog.asked[0]).toMatchObject({ title: fr.startup.cacheCorrupt.title, buttons: [fr.startup.cacheCorrupt.rebuild, fr.startup.quit] });
  });

  it('"quit" leaves the damaged file where it was and opens nothing', async () => {
    let before: Buffer | null = null;
    const desktop = await launch((userData) => {
      corruptCache(userData);
      before = readFileSync(join(userData, 'cache.sqlite'));
    }, 1);
    expect(desktop).toBeNull();
    expect(fakeElectron.app.quitted).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(readFileSync(join(folder!.path, 'cache.sqlite')).equals(before!)).toBe(true);
  });

  it('a cache from a newer version is refused by name, with Quit as the only answer', async () => {
    const desktop = await launch((userData) => {
      const raw = new Database(join(userData, 'cache.sqlite'));
      raw.exec("CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO app_meta VALUES ('last_migrated_by', '3.0.0');");
      raw.pragma('user_version = 99');
      raw.close();
    }, 0);
    expect(desktop).toBeNull();
    expect(fakeElectron.dialog.asked[0]?.message).toContain('3.0.0');
    expect(fakeElectron.dialog.asked[0]?.buttons).toEqual([en.startup.quit]);
    expect(existsSync(join(folder!.path, 'cache.sqlite'))).toBe(true);
  });
});
