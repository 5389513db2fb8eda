import { vi } from 'vitest';
import type { DesktopApp, DesktopAppOptions } from '../../../main/electron/desktop-app';
import { memoryPreferences } from '../../support/fake-ports';
import { fakeElectron, FakeBrowserWindow, FakeTray } from '../../support/fake-electron';
import { manualTime, type ManualTime } from '../../support/manual-timers';
import { tempDir } from '../../support/temp-dir';

export interface Harness {
  desktop: DesktopApp;
  time: ManualTime;
  userData: string;
  window(): FakeBrowserWindow;
  tray(): FakeTray;
  /** Navigation events sent to a window's page. */
  navigations(window: FakeBrowserWindow): unknown[];
  stop(): Promise<void>;
}

/**
 * Starts the real desktop composition (core, window, tray, notifier, IPC) against the fake
 * `electron` module, in a fresh user-data folder, with time that moves only when told.
 */
export async function startHarness(
  options: {
    argv?: string[];
    packaged?: boolean;
    devServerUrl?: string;
    preferences?: Record<string, unknown>;
    coreOptions?: DesktopAppOptions['coreOptions'];
  } = {},
): Promise<Harness> {
  fakeElectron.reset();
  const folder = tempDir('desktop');
  fakeElectron.app.userData = folder.path;
  fakeElectron.app.isPackaged = options.packaged ?? false;
  const { startDesktopApp } = await import('../../../main/electron/desktop-app');
  const time = manualTime('2026-11-23T10:00:00Z');
  const stores = { preferences: memoryPreferences(options.preferences ?? {}), 'window-state': memoryPreferences() };
  const started = startDesktopApp({
    mainDir: '/app/out/main',
    argv: options.argv ?? ['/opt/Storepulse/storepulse'],
    ...(options.devServerUrl === undefined ? {} : { devServerUrl: options.devServerUrl }),
    preferences: (name) => stores[name],
    clock: time,
    timers: time,
    schedule: false,
    coreOptions: options.coreOptions,
  });
  if (!started) throw new Error('the app did not get the single-instance lock');
  fakeElectron.app.ready();
  const desktop = await started;
  if (!desktop) throw new Error('the app quit at start-up');
  const window = () => {
    const current = FakeBrowserWindow.instances.at(-1);
    if (!current) throw new Error('no window open');
    return current;
  };
  return {
    desktop,
    time,
    userData: folder.path,
    window,
    tray: () => {
      const tray = FakeTray.instances[0];
      if (!tray) throw new Error('no tray');
      return tray;
    },
    navigations: (target) => target.webContents.sent.filter((message) => message.channel === 'app:navigate').map((message) => message.payload),
    async stop() {
      desktop.notifier.dispose();
      // A test that quit the app has already closed the core.
      if (!fakeElectron.app.quitted) await desktop.core.dispose();
      vi.restoreAllMocks();
      folder.remove();
    },
  };
}
