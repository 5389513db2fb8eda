import { app, BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { createCore, type Core } from './core';
import { systemClock } from './ports';
import { matchLanguage } from '../shared/i18n/catalogues';
import { isQuietTime } from './alerts/quiet-hours';
import { createDesktopNotifier } from './electron/desktop-notifier';
import { createWindowEventSink } from './electron/event-sink';
import { registerIpc } from './electron/ipc';
import { consoleLogger } from './electron/logger';
import { denyAllPermissions, guardNavigation } from './electron/navigation-guard';
import { preloadPath, rendererIndexPath } from './electron/paths';
import { createElectronPreferencesStore } from './electron/preferences-store';
import { createSafeStorageSecretStore } from './electron/safe-storage-secret-store';
import { secureWindowOptions } from './electron/window-options';

const mainDir = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath(mainDir)));
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devServer) void window.loadURL(devServer);
  else void window.loadFile(rendererIndexPath(mainDir));
  window.on('closed', () => {
    mainWindow = null;
  });
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    denyAllPermissions();
    const events = createWindowEventSink(() => mainWindow);
    core = createCore(
      {
        clock: systemClock,
        logger: consoleLogger,
        preferences: createElectronPreferencesStore(),
        events,
        secrets: createSafeStorageSecretStore(app.getPath('userData')),
        notifier: createDesktopNotifier({
          language: () => {
            const chosen = core?.settings.get().language ?? 'system';
            return chosen === 'system' ? matchLanguage(app.getLocale()) : chosen;
          },
          enabled: () => {
            const settings = core?.settings.get();
            return settings ? settings.notificationsEnabled && !isQuietTime(settings.quietHours, new Date()) : true;
          },
          open: (notice) => {
            const navigate = () => events.emit('app:navigate', { route: 'home', focusId: notice.alertId });
            if (!mainWindow) {
              // A fresh window can only be told where to go once its page has loaded.
              mainWindow = createWindow();
              mainWindow.webContents.once('did-finish-load', navigate);
            } else {
              if (mainWindow.isMinimized()) mainWindow.restore();
              navigate();
            }
            mainWindow.show();
            mainWindow.focus();
          },
        }),
      },
      {
        host: 'electron',
        platform: process.platform,
        systemLocale: app.getLocale(),
        dataDir: app.getPath('userData'),
        schedule: true,
      },
    );
    registerIpc(core.dispatch, (contents) => mainWindow?.webContents === contents);
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void core?.dispose();
  });
}
