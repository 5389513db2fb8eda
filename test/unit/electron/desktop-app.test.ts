import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, FakeBrowserWindow, FakeNotification, fakeEvent, FakeTray } from '../../support/fake-electron';
import type { Dispatch } from '../../../main/ipc-dispatcher';
import { incidentNotice } from '../../../main/alerts/incident-notice';
import type { IncidentNotice } from '../../../main/ports';
import type { Incident } from '../../../shared/domain/incident';
import { incident, member, resolvedIncident } from '../../support/incident-for-notices';
import { startHarness, type Harness } from './desktop-app-harness';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);
// electron-store reaches for the real Electron module; the tests hand the app their own preferences.
vi.mock('electron-store', () => ({ default: class {} }));

/** An incident of Demo Outdoor Co. headed by `metricName` (Shopify), as the backend tells it. */
const notice = (incidentId: string, metricName = 'Placed Order'): IncidentNotice => incidentNotice(incident({ id: incidentId, members: [member(metricName)] }));

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

async function start(options?: Parameters<typeof startHarness>[0]): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

/** Tells incidents through the notifier port and lets the coalescing minute pass. */
function notify(h: Harness, ...notices: IncidentNotice[]): FakeNotification[] {
  const before = FakeNotification.shown.length;
  for (const item of notices) h.desktop.notifier.incidentFired(item);
  h.time.advance(60_000);
  return FakeNotification.shown.slice(before);
}

describe('desktop app: window', () => {
  it('opens one window with the secure options and shows it when ready', async () => {
    const h = await start();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = h.window();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual({ url: 'app://storepulse/index.html' });
    window.finishLoad();
    expect(window.isVisible()).toBe(true);
  });

  it('serves the renderer from app://storepulse, a privileged scheme handled once ready', async () => {
    await start();
    expect(fakeElectron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fakeElectron.protocol.isProtocolHandled('app')).toBe(true);
  });

  it('treats file:// pages as foreign: no navigation to them, no IPC from them', async () => {
    const h = await start();
    const contents = h.window().webContents;
    for (const url of ['file:///app/out/renderer/index.html#/flows', 'file:///etc/passwd', 'app://evil.example/index.html']) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    contents.finishLoad('file:///app/out/renderer/index.html');
    const handler = fakeElectron.ipcMain.handlers.get('settings:get');
    expect(await handler?.({ sender: contents, senderFrame: contents.mainFrame } as never, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL: it loads app:// and trusts no dev server', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Storepulse/resources', configurable: true });
    try {
      const h = await start({ packaged: true, devServerUrl: 'http://localhost:5173' });
      const window = h.window();
      expect(window.loaded).toEqual({ url: 'app://storepulse/index.html' });
      const toDevServer = fakeEvent();
      window.webContents.emit('will-navigate', toDevServer, 'http://localhost:5173/');
      expect(toDevServer.defaultPrevented).toBe(true);
      window.webContents.finishLoad('http://localhost:5173/');
      const handler = fakeElectron.ipcMain.handlers.get('settings:get');
      const contents = window.webContents;
      expect(await handler?.({ sender: contents, senderFrame: contents.mainFrame } as never, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('in development, an empty dev-server URL means none: it loads app://', async () => {
    const h = await start({ devServerUrl: '' });
    expect(h.window().loaded).toEqual({ url: 'app://storepulse/index.html' });
  });

  it('in development, loads the dev server and trusts its origin only', async () => {
    const h = await start({ devServerUrl: 'http://localhost:5173' });
    const contents = h.window().webContents;
    expect(h.window().loaded).toEqual({ url: 'http://localhost:5173' });
    const inside = fakeEvent();
    contents.emit('will-navigate', inside, 'http://localhost:5173/#/flows');
    expect(inside.defaultPrevented).toBe(false);
    const otherPort = fakeEvent();
    contents.emit('will-navigate', otherPort, 'http://localhost:5174/');
    expect(otherPort.defaultPrevented).toBe(true);
  });

  it('denies navigation away from the app, new windows and every permission', async () => {
    const h = await start();
    const contents = h.window().webContents;
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.defaultPrevented).toBe(true);
    const inside = fakeEvent();
    contents.emit('will-navigate', inside, 'app://storepulse/index.html#/flows');
    expect(inside.defaultPrevented).toBe(false);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    const details = { url: 'https://help.klaviyo.com/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' }, postBody: undefined } as const;
    expect(handler?.(details as unknown as Parameters<NonNullable<typeof handler>>[0])).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.external).toEqual(['https://help.klaviyo.com/']);
    const decisions: boolean[] = [];
    fakeElectron.session.defaultSession.requestHandler?.(contents as never, 'media', (granted) => decisions.push(granted), {} as never);
    expect(decisions).toEqual([false]);
  });

  it('opens only allow-listed https links in the browser, and logs the others', async () => {
    const h = await start();
    const warn = vi.spyOn(h.desktop.log.logger, 'warn');
    const contents = h.window().webContents;
    const handler = contents.windowOpenHandler;
    const open = (url: string) =>
      handler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } } as unknown as Parameters<NonNullable<typeof handler>>[0]);
    for (const url of ['https://evil.example/', 'http://help.klaviyo.com/', 'javascript:alert(1)', 'https://help.klaviyo.com.evil.example/']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.external).toEqual([]);
    expect(warn.mock.calls.map(([message]) => message)).toEqual(Array(4).fill('external link refused'));
    expect(open('https://status.shopify.com')).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.external).toEqual(['https://status.shopify.com/']);
    // A plain link followed inside the window: the window stays, the browser opens an allowed one.
    const toHelp = fakeEvent();
    contents.emit('will-navigate', toHelp, 'https://help.klaviyo.com/hc');
    expect(toHelp.defaultPrevented).toBe(true);
    const toEvil = fakeEvent();
    contents.emit('will-navigate', toEvil, 'https://evil.example/');
    expect(toEvil.defaultPrevented).toBe(true);
    expect(fakeElectron.shell.external).toEqual(['https://status.shopify.com/', 'https://help.klaviyo.com/hc']);
  });

  it('remembers its size and position for the next window', async () => {
    const h = await start();
    h.window().close();
    expect(h.desktop.window.current()).toBeNull();
    fakeElectron.app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(h.window().options).toMatchObject({ x: 0, y: 0, width: 1280, height: 820 });
  });

  it('keeps running in the background when the window closes, and quits when that is turned off', async () => {
    const h = await start();
    h.window().close();
    expect(fakeElectron.app.quitted).toBe(false);
    h.desktop.window.show();
    await h.desktop.core.invoke('settings:set', { keepRunningInBackground: false });
    h.window().close();
    // Quitting waits for the core to close the database, then quits for real.
    await vi.waitFor(() => expect(fakeElectron.app.quitted).toBe(true));
  });
});

describe('desktop app: notifications', () => {
  it('shows a localized notification once the coalescing minute has passed', async () => {
    const h = await start({ preferences: { language: 'fr' } });
    const [shown, ...others] = notify(h, notice('a1'));
    expect(others).toEqual([]);
    expect(shown?.title).toBe('Placed Order est en chute — Shopify');
    expect(shown?.body).toMatch(/^Demo Outdoor Co\. : maintenant 70\s?% sous le niveau attendu/);
  });

  it('a click restores a minimized window, shows it, focuses it and navigates to the incident page', async () => {
    const h = await start();
    const window = h.window();
    window.finishLoad();
    window.minimize();
    window.calls = [];
    const [shown] = notify(h, notice('a1'));
    shown?.click();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(h.navigations(window)).toEqual([{ route: 'incident', focusId: 'a1' }]);
  });

  it('tells a recovery, and a click on it opens the incident page', async () => {
    const h = await start();
    const window = h.window();
    window.finishLoad();
    const before = FakeNotification.shown.length;
    h.desktop.notifier.incidentResolved(incidentNotice(resolvedIncident({ id: 'i7' })));
    h.time.advance(60_000);
    const [shown, ...others] = FakeNotification.shown.slice(before);
    expect(others).toEqual([]);
    expect(shown?.title).toBe('Placed Order is back to normal');
    expect(shown?.body).toBe('Demo Outdoor Co.: down 3 hr 20 min, about 41 orders (€2,300) missed.');
    shown?.click();
    expect(h.navigations(window)).toEqual([{ route: 'incident', focusId: 'i7' }]);
  });

  it('a click after the window was closed opens a new one and navigates once its page has loaded', async () => {
    const h = await start();
    h.window().close();
    const [shown] = notify(h, notice('a2'));
    shown?.click();
    const window = h.window();
    expect(h.navigations(window)).toEqual([]);
    window.finishLoad();
    expect(window.isVisible()).toBe(true);
    expect(h.navigations(window)).toEqual([{ route: 'incident', focusId: 'a2' }]);
  });

  it('several incidents of one account within a minute make one summary that opens Home', async () => {
    const h = await start();
    h.window().finishLoad();
    const shown = notify(h, notice('a1', 'Placed Order'), notice('a2', 'Started Checkout'), notice('a3', 'Added to Cart'));
    expect(shown.map((item) => item.title)).toEqual(['3 metrics dropped in Demo Outdoor Co.']);
    shown[0]?.click();
    expect(h.navigations(h.window())).toEqual([{ route: 'home' }]);
  });

  it('stays silent when turned off or in quiet hours', async () => {
    const h = await start({ preferences: { notificationsEnabled: false } });
    expect(notify(h, notice('a1'))).toEqual([]);
    // Equal start and end make the quiet hours span the whole day, whatever the machine's zone.
    await h.desktop.core.invoke('settings:set', { notificationsEnabled: true, quietHours: { enabled: true, start: '00:00', end: '00:00' } });
    expect(notify(h, notice('a2'))).toEqual([]);
    await h.desktop.core.invoke('settings:set', { quietHours: { enabled: false, start: '00:00', end: '00:00' } });
    expect(notify(h, notice('a3'))).toHaveLength(1);
  });
});

describe('desktop app: single instance and deep links', () => {
  it('quits at once when another instance holds the lock', async () => {
    fakeElectron.reset();
    fakeElectron.app.hasLock = false;
    const { startDesktopApp } = await import('../../../main/electron/desktop-app');
    expect(startDesktopApp({ mainDir: '/app/out/main', argv: [] })).toBeNull();
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(fakeElectron.app.quitted).toBe(true);
  });

  it('a second launch brings the first instance forward', async () => {
    const h = await start();
    const window = h.window();
    window.finishLoad();
    window.minimize();
    window.calls = [];
    fakeElectron.app.emit('second-instance', fakeEvent(), ['/opt/Storepulse/storepulse'], '/home/op');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(h.navigations(window)).toEqual([]);
  });

  it('registers the storepulse: scheme and routes a link from a second instance (Windows, Linux)', async () => {
    const h = await start();
    expect(fakeElectron.app.protocols.map((entry) => entry.protocol)).toEqual(['storepulse']);
    h.window().finishLoad();
    fakeElectron.app.emit('second-instance', fakeEvent(), ['/opt/Storepulse/storepulse', 'storepulse://incident/i9'], '/home/op');
    expect(h.navigations(h.window())).toEqual([{ route: 'incident', focusId: 'i9' }]);
  });

  it('routes a link opened on macOS (open-url), an alert link as before, and refuses a foreign one', async () => {
    const h = await start();
    h.window().finishLoad();
    const event = fakeEvent();
    fakeElectron.app.emit('open-url', event, 'storepulse://incident/i5');
    expect(event.defaultPrevented).toBe(true);
    fakeElectron.app.emit('open-url', fakeEvent(), 'storepulse://alert/a5');
    fakeElectron.app.emit('open-url', fakeEvent(), 'storepulse://incident/..%2F..%2Fetc');
    expect(h.navigations(h.window())).toEqual([
      { route: 'incident', focusId: 'i5' },
      { route: 'home', focusId: 'a5' },
    ]);
  });

  it('a link that launched the app opens its incident once the first page has loaded', async () => {
    const h = await start({ argv: ['/opt/Storepulse/storepulse', 'storepulse://incident/i3'] });
    const window = h.window();
    expect(h.navigations(window)).toEqual([]);
    window.finishLoad();
    expect(h.navigations(window)).toEqual([{ route: 'incident', focusId: 'i3' }]);
  });

  it('started at login in the background, it opens no window', async () => {
    await start({ argv: ['/opt/Storepulse/storepulse', '--background'] });
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(FakeTray.instances).toHaveLength(1);
  });
});

describe('desktop app: tray', () => {
  it('shows the active alert count and offers Open, Sync now, Pause and Quit', async () => {
    const h = await start();
    const tray = h.tray();
    expect(tray.tooltip).toBe('Storepulse: no active alert');
    expect(tray.menu?.labels()).toEqual(['Open Storepulse', 'Sync now', 'Pause notifications for 1 hour', '---', 'Quit Storepulse']);
    expect(fakeElectron.app.badgeCounts.at(-1)).toBe(0);
  });

  it('Sync now syncs every account through the dispatcher, as the window would', async () => {
    const h = await start();
    const dispatch = vi.spyOn(h.desktop.core, 'dispatch');
    h.tray().menu?.click('Sync now');
    expect(dispatch.mock.calls).toEqual([['sync:now', undefined]]);
    const answer = await dispatch.mock.results[0]!.value;
    expect(answer).toMatchObject({ ok: true });
    expect((answer as { value: { started: string[] } }).value.started.sort()).toEqual(['demo-charity', 'demo-outdoor']);
  });

  it('lists the incidents that want attention, each opening its page; refreshed when a sync announces alerts', async () => {
    const h = await start();
    h.window().finishLoad();
    const listed: Incident[] = [
      incident({ id: 'i1' }),
      incident({ id: 'i2', accountId: 'demo-charity', accountName: 'Demo Charity', members: [member('Viewed Product')] }),
      incident({ id: 'i3', mute: 'dismissed', dismissedAt: '2026-11-22T15:00:00.000Z' }),
    ];
    // The incidents as the list would answer them; every other call reaches the core.
    const real = h.desktop.core.dispatch;
    const answering: Dispatch = (channel, input) => (channel === 'incidents:list' ? Promise.resolve({ ok: true, value: listed }) : real(channel, input));
    h.desktop.core.dispatch = answering;
    expect(h.tray().menu?.labels()[0]).toBe('Open Storepulse');
    h.tray().menu?.click('Sync now');
    await vi.waitFor(() => expect(h.tray().menu?.labels().slice(0, 3)).toEqual(['Placed Order — Demo Outdoor Co.', 'Viewed Product — Demo Charity', '---']), {
      timeout: 60_000,
      interval: 50,
    });
    expect(h.tray().tooltip).toBe('Storepulse: 2 active alerts');
    expect(fakeElectron.app.badgeCounts.at(-1)).toBe(2);
    h.tray().menu?.click('Viewed Product — Demo Charity');
    expect(h.navigations(h.window())).toEqual([{ route: 'incident', focusId: 'i2' }]);
  }, 90_000);

  it('Open brings the window back; Pause silences notifications for an hour', async () => {
    const h = await start();
    h.window().close();
    h.tray().menu?.click('Open Storepulse');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    h.tray().menu?.click('Pause notifications for 1 hour');
    expect(h.tray().menu?.labels()[2]).toMatch(/^Resume notifications \(paused until /);
    expect(notify(h, notice('a1'))).toEqual([]);
    h.time.advance(60 * 60_000);
    expect(notify(h, notice('a2'))).toHaveLength(1);
  });

  it('Quit closes the core before the app quits', async () => {
    const h = await start();
    const dispose = vi.spyOn(h.desktop.core, 'dispose');
    h.tray().menu?.click('Quit Storepulse');
    expect(dispose).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fakeElectron.app.quitted).toBe(true));
    expect(h.tray().isDestroyed()).toBe(true);
  });
});

describe('desktop app: platform integration', () => {
  it('applies launch at login at start and whenever the setting changes (packaged app only)', async () => {
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Storepulse/resources', configurable: true });
    const h = await start({ packaged: true, preferences: { launchAtLogin: true } });
    expect(fakeElectron.app.loginItems).toEqual([{ openAtLogin: true, args: ['--background'] }]);
    await h.desktop.core.invoke('settings:set', { launchAtLogin: false });
    await h.desktop.core.invoke('settings:set', { theme: 'dark' });
    expect(fakeElectron.app.loginItems).toEqual([
      { openAtLogin: true, args: ['--background'] },
      { openAtLogin: false, args: ['--background'] },
    ]);
  });

  it('never registers a development build as a login item', async () => {
    const h = await start({ preferences: { launchAtLogin: true } });
    await h.desktop.core.invoke('settings:set', { launchAtLogin: false });
    expect(fakeElectron.app.loginItems).toEqual([]);
  });

  it('answers "Open logs folder" by opening the log folder in the user-data folder', async () => {
    const h = await start();
    expect(await h.desktop.core.dispatch('app:openLogs', undefined)).toEqual({ ok: true, value: { opened: true } });
    expect(fakeElectron.shell.opened).toEqual([`${h.userData}/logs`]);
  });
});
