import { app, shell } from 'electron';
import { resolve } from 'node:path';
import type { NavigateEvent } from '../../shared/domain/navigation';
import { settingsSchema, type Language, type Settings } from '../../shared/domain/settings';
import { matchLanguage } from '../../shared/i18n/catalogues';
import { createCore, type Core, type CoreOptions } from '../core';
import { isAppUrl } from '../desktop/app-origin';
import { deepLinkInArgv, deepLinkScheme, parseDeepLink } from '../desktop/deep-link';
import { createNotificationPause, notificationsAllowed, type NotificationPause } from '../desktop/notification-gate';
import type { CoalescingNotifier } from '../desktop/notification-queue';
import { trayIncidents, trayModel, type TrayIncident } from '../desktop/tray-model';
import { createWindowStateFile } from '../desktop/window-state';
import { systemClock, type Clock, type EventSink, type PreferencesFile } from '../ports';
import type { Timers } from '../sync/sync-scheduler';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { createAppWindow, type AppWindow } from './app-window';
import { createDesktopNotifier } from './desktop-notifier';
import { createWindowEventSink } from './event-sink';
import { openExternalLink } from './external-links';
import { createFileLogger, type FileLogger } from './file-logger';
import { registerIpc } from './ipc';
import { askUnprotectedKeyChoice } from './key-storage-dialog';
import { denyAllPermissions, guardAllWebContents } from './navigation-guard';
import { rendererDir, trayIconPath } from './paths';
import { createElectronPreferencesFile } from './electron-preferences';
import { createSafeStorageSecretStore, type SafeStorageSecretStore } from './safe-storage-secret-store';
import { createRegisteringSecretStore, createSecretRegistry } from '../secrets/secret-registry';
import { settleStartupProblems } from './startup-dialog';
import { createAppTray, type AppTray } from './tray';

/** Matches `appId` in electron-builder.yml: Windows ties notifications to it. */
export const appUserModelId = 'com.storepulse.desktop';
/** Passed by the login item: start in the tray, without opening the window. */
export const backgroundArg = '--background';
const pauseMs = 60 * 60 * 1000;

export interface DesktopAppOptions {
  /** The folder of the built main bundle (`out/main`). */
  mainDir: string;
  argv: readonly string[];
  /** The dev server's URL; honoured only when the app is not packaged. */
  devServerUrl?: string;
  /** Where preferences and the window's placement persist (electron-store unless a test says). */
  preferences?: (name: 'preferences' | 'window-state') => PreferencesFile;
  clock?: Clock;
  timers?: Timers;
  /** Sync on start and on a timer (default on); tests drive syncs themselves. */
  schedule?: boolean;
  coreOptions?: Partial<Pick<CoreOptions, 'realApiBaseUrl' | 'policy'>>;
}

export interface DesktopApp {
  core: Core;
  window: AppWindow;
  notifier: CoalescingNotifier;
  tray: AppTray;
  pause: NotificationPause;
  secrets: SafeStorageSecretStore;
  log: FileLogger;
}

/**
 * The Electron app: single instance, window, tray, notifications, deep links, login item and
 * secrets around the same core the other hosts run. Returns null when another instance already
 * runs (it is asked to come forward and this one quits); resolves to null when a damaged or newer
 * file was found at start-up and the answer was to quit.
 */
export function startDesktopApp(options: DesktopAppOptions): Promise<DesktopApp | null> | null {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId);
  registerProtocol(options.argv);
  registerAppSchemePrivileges();
  // A packaged app never trusts a dev server, whatever its environment says (nor an empty one).
  const devServerUrl = app.isPackaged || !options.devServerUrl ? undefined : options.devServerUrl;
  const isOurUrl = (url: string) => isAppUrl(url, devServerUrl);

  let desktop: DesktopApp | null = null;
  // A link can arrive before the app is ready (macOS delivers `open-url` at launch).
  let pendingTarget: NavigateEvent | undefined = deepLinkInArgv(options.argv) ?? undefined;
  const bringForward = (target?: NavigateEvent) => {
    if (desktop) desktop.window.show(target);
    else if (target) pendingTarget = target;
  };
  app.on('second-instance', (_event, argv) => bringForward(deepLinkInArgv(argv) ?? undefined));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const target = parseDeepLink(url);
    if (target) bringForward(target);
  });
  // Web contents appear only once the app is built, so the log exists by the time a link is refused.
  guardAllWebContents({ isAppUrl: isOurUrl, openInBrowser: (url) => void openExternalLink(url, desktop?.log.logger) });

  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed || !desktop) return;
    // Let the database close and the sync stop cleanly before the process ends.
    event.preventDefault();
    disposed = true;
    const { core, notifier, tray } = desktop;
    notifier.dispose();
    tray.destroy();
    void core.dispose().finally(() => app.quit());
  });

  return app.whenReady().then(async () => {
    const clock = options.clock ?? systemClock;
    const settled = await settleStartupProblems({ dataDir: app.getPath('userData') }, matchLanguage(app.getLocale()), app.getVersion(), clock.now());
    if (!settled) {
      app.quit();
      return null;
    }
    const built = await build(options, devServerUrl, isOurUrl);
    desktop = built.desktop;
    const settings = built.settings();
    app.on('window-all-closed', () => {
      // With background watching on, closing the window leaves the tray and the syncs running.
      if (!built.settings()?.keepRunningInBackground && process.platform !== 'darwin') app.quit();
    });
    app.on('activate', () => desktop?.window.show());
    const startHidden = options.argv.includes(backgroundArg) && settings?.keepRunningInBackground === true && pendingTarget === undefined;
    if (!startHidden) desktop.window.show(pendingTarget);
    pendingTarget = undefined;
    return desktop;
  });
}

function registerProtocol(argv: readonly string[]): void {
  // Run from source (`electron .`), the OS must be told to start Electron with our entry point.
  const script = argv[1];
  if (process.defaultApp && script !== undefined) app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [resolve(script)]);
  else app.setAsDefaultProtocolClient(deepLinkScheme);
}

async function build(
  options: DesktopAppOptions,
  devServerUrl: string | undefined,
  isOurUrl: (url: string) => boolean,
): Promise<{ desktop: DesktopApp; settings(): Settings | null }> {
  const userData = app.getPath('userData');
  const clock = options.clock ?? systemClock;
  const preferences = options.preferences ?? createElectronPreferencesFile;
  // Keys of any shape are redacted by value: the secret store tells the registry each one it sees.
  const secretRegistry = createSecretRegistry();
  const log = createFileLogger(userData, secretRegistry.known);
  const pause = createNotificationPause(clock);
  let core: Core | null = null;
  let tray: AppTray | null = null;
  let window: AppWindow | null = null;

  // The host reads what the window reads, through the core's calls: the settings as last answered
  // or announced, the incidents that want attention as last listed (the tray and the notification
  // gate need them at once, without waiting for a call).
  let settingsNow: Settings | null = null;
  let openIncidents: TrayIncident[] = [];
  const currentSettings = (): Settings | null => settingsNow;
  const listOpenIncidents = async () => {
    const answer = await core?.invoke('incidents:list', undefined);
    if (!answer?.ok) return;
    openIncidents = trayIncidents(answer.value);
    tray?.refresh();
  };
  const language = (): Language => {
    const chosen = currentSettings()?.language ?? 'system';
    return chosen === 'system' ? matchLanguage(app.getLocale()) : chosen;
  };

  let loginItem: boolean | null = null;
  const applyLoginItem = (enabled: boolean) => {
    // A development build would register the bare Electron binary as a login item.
    if (!app.isPackaged || loginItem === enabled) return;
    loginItem = enabled;
    app.setLoginItemSettings({ openAtLogin: enabled, args: [backgroundArg] });
  };

  const windowEvents = createWindowEventSink(() => window?.current() ?? null);
  const events: EventSink = {
    emit(event, payload) {
      windowEvents.emit(event, payload);
      if (event === 'settings:changed') {
        const announced = settingsSchema.safeParse(payload);
        if (announced.success) settingsNow = announced.data;
        tray?.refresh();
        applyLoginItem(currentSettings()?.launchAtLogin ?? false);
      }
      // A dismiss or snooze announces `alerts:changed`; a sync's evaluation the incidents it told.
      if (event === 'alerts:changed' || event === 'alerts:fired' || event === 'incidents:fired' || event === 'incidents:resolved') void listOpenIncidents();
    },
  };

  handleAppProtocol(rendererDir(options.mainDir));
  window = createAppWindow({
    mainDir: options.mainDir,
    devServerUrl,
    windowState: createWindowStateFile(preferences('window-state')),
    events,
  });
  const appWindow = window;

  const notifier = createDesktopNotifier({
    timers: options.timers ?? realTimersForApp,
    language,
    allowed: () => {
      const settings = currentSettings();
      return settings !== null && notificationsAllowed(settings, clock.now(), pause.pausedUntil());
    },
    open: (target) => appWindow.show(target),
  });
  const secrets = createRegisteringSecretStore(
    createSafeStorageSecretStore(userData, { askWhenUnprotected: () => askUnprotectedKeyChoice(language()) }),
    secretRegistry,
  );

  denyAllPermissions();
  core = createCore(
    {
      clock,
      logger: log.logger,
      preferences: preferences('preferences'),
      events,
      secrets,
      notifier,
      shell: {
        // openPath answers an error message, empty when the folder opened.
        openLogsFolder: async () => (await shell.openPath(log.folder)) === '',
      },
    },
    {
      host: 'electron',
      platform: process.platform,
      systemLocale: app.getLocale(),
      dataDir: userData,
      schedule: options.schedule ?? true,
      timers: options.timers,
      ...options.coreOptions,
    },
  );
  const readyCore = core;
  registerIpc(readyCore.dispatch, (contents) => appWindow.isOurContents(contents), isOurUrl);
  const startSettings = await readyCore.invoke('settings:get', undefined);
  if (startSettings.ok) settingsNow = startSettings.value;

  tray = createAppTray(
    trayIconPath({ mainDir: options.mainDir, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, platform: process.platform }),
    () =>
      trayModel({
        incidents: openIncidents,
        pausedUntil: pause.pausedUntil(),
        language: language(),
      }),
    {
      open: () => appWindow.show(),
      navigate: (target) => appWindow.show(target),
      syncNow: () => void readyCore.invoke('sync:now', undefined),
      pause: () => {
        pause.pauseFor(pauseMs);
        tray?.refresh();
      },
      resume: () => {
        pause.resume();
        tray?.refresh();
      },
      quit: () => app.quit(),
    },
  );
  void listOpenIncidents();
  applyLoginItem(settingsNow?.launchAtLogin ?? false);
  log.logger.info('storepulse started', { version: app.getVersion(), platform: process.platform });
  return { desktop: { core: readyCore, window: appWindow, notifier, tray, pause, secrets, log }, settings: currentSettings };
}

/** Like the sync's timers, but a pending notification must not keep a quitting app alive. */
const realTimersForApp: Timers = {
  set(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
};
