// electron's declarations (the global `Electron` namespace), without importing the module itself.
/// <reference types="electron" />
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * A fake of the parts of the `electron` module the app uses, for unit tests on a machine where no
 * Electron binary can run. Each fake implements the matching subset of electron's own types
 * (`Pick<Electron.X, ...>`), so a changed Electron signature fails `tsc` here too. Tests install
 * it with `vi.mock('electron', () => import('../../support/fake-electron').then((m) => m.fakeElectron))`
 * and call `fakeElectron.reset()` between tests.
 */


/** An event with `preventDefault`, as Electron passes to its listeners. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PathName = Parameters<Electron.App['getPath']>[0];

export class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'quit'
      | 'exit'
      | 'getPath'
      | 'getLocale'
      | 'getVersion'
      | 'requestSingleInstanceLock'
      | 'setAppUserModelId'
      | 'setAsDefaultProtocolClient'
      | 'setBadgeCount'
      | 'setLoginItemSettings'
      | 'whenReady'
      | 'isReady'
      | 'isPackaged'
    >
{
  isPackaged = false;
  locale = 'en-US';
  userData = '';
  hasLock = true;
  quitted = false;
  appUserModelId: string | null = null;
  protocols: { protocol: string; path: string | undefined; args: string[] | undefined }[] = [];
  badgeCounts: number[] = [];
  loginItems: Electron.Settings[] = [];
  isReadyNow = false;
  private resolveReady: () => void = () => {};
  private readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  /** Fires `ready` the way Electron does once the app has started. */
  ready(): void {
    this.isReadyNow = true;
    this.resolveReady();
    this.emit('ready');
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.isReadyNow;
  }
  quit(): void {
    const event = fakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
  exit(): void {
    this.quitted = true;
  }
  getPath(name: PathName): string {
    if (name !== 'userData') throw new Error(`the fake app knows only userData, not ${name}`);
    return this.userData;
  }
  getLocale(): string {
    return this.locale;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    this.protocols.push({ protocol, path, args });
    return true;
  }
  setBadgeCount(count?: number): boolean {
    this.badgeCounts.push(count ?? 0);
    return true;
  }
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItems.push(settings);
  }
}

export class FakeWebContents extends EventEmitter implements Pick<Electron.WebContents, 'send' | 'isDestroyed' | 'getURL' | 'setWindowOpenHandler'> {
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  url = '';
  destroyed = false;
  /** Stands in for the main frame: IPC checks that calls come from it. */
  readonly mainFrame: { url: string } = { url: '' };

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, payload: args[0] });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  /** The page finished loading: Electron emits these two, in this order. */
  finishLoad(url = 'app://storepulse/index.html'): void {
    this.url = url;
    this.mainFrame.url = url;
    this.emit('did-finish-load');
  }
}

type WindowOptions = Electron.BrowserWindowConstructorOptions;

export class FakeBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'show'
      | 'hide'
      | 'focus'
      | 'restore'
      | 'minimize'
      | 'maximize'
      | 'isMinimized'
      | 'isMaximized'
      | 'isVisible'
      | 'isFocused'
      | 'isDestroyed'
      | 'close'
      | 'getNormalBounds'
      | 'loadFile'
      | 'loadURL'
    >
{
  static instances: FakeBrowserWindow[] = [];
  static app: FakeApp | null = null;
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances;
  }

  readonly options: WindowOptions;
  readonly webContents = new FakeWebContents();
  loaded: { file?: string; url?: string } = {};
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** Every call to show/focus/restore, in order, to assert on what a click does. */
  calls: string[] = [];

  constructor(options: WindowOptions = {}) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.app?.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
    this.minimized = false;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.calls.push('focus');
    this.focused = true;
  }
  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Electron.Rectangle {
    return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 800, height: this.options.height ?? 600 };
  }
  async loadFile(filePath: string): Promise<void> {
    this.loaded = { file: filePath };
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = { url };
  }
  /** Page loaded and first paint ready: what Electron signals after `loadFile`. */
  finishLoad(): void {
    this.emit('ready-to-show');
    this.webContents.finishLoad();
  }
  /** The user closes the window (a listener may still prevent it, as in Electron). */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.instances = FakeBrowserWindow.instances.filter((window) => window !== this);
    this.emit('closed');
    if (FakeBrowserWindow.instances.length === 0) FakeBrowserWindow.app?.emit('window-all-closed');
  }
}

export class FakeNotification extends EventEmitter implements Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body'> {
  static shown: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  title: string;
  body: string;
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
  close(): void {
    this.emit('close', fakeEvent());
  }
  click(): void {
    this.emit('click', fakeEvent());
  }
}

/** A menu item as the app builds it: the template entry Electron would turn into a MenuItem. */
export type FakeMenuItem = Electron.MenuItemConstructorOptions;

export class FakeMenu {
  constructor(readonly template: FakeMenuItem[]) {}
  static buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    return new FakeMenu(template);
  }
  /** Clicks the item with this label, as the user would. */
  click(label: string): void {
    const item = this.template.find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`no menu item "${label}" in ${this.template.map((entry) => entry.label ?? '---').join(', ')}`);
    // The app's menu handlers take no arguments; Electron would pass the item, window and event.
    Reflect.apply(item.click, undefined, []);
  }
  labels(): string[] {
    return this.template.map((entry) => (entry.type === 'separator' ? '---' : (entry.label ?? '')));
  }
}

export class FakeNativeImage implements Pick<Electron.NativeImage, 'setTemplateImage' | 'isTemplateImage' | 'isEmpty'> {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  isEmpty(): boolean {
    return false;
  }
}

// setContextMenu is left out of the Pick: it takes Electron's Menu class, which the fake menu
// (a recorded template) does not reproduce.
export class FakeTray extends EventEmitter implements Pick<Electron.Tray, 'setToolTip' | 'destroy' | 'isDestroyed'> {
  static instances: FakeTray[] = [];
  tooltip = '';
  menu: FakeMenu | null = null;
  destroyed = false;
  constructor(readonly image: FakeNativeImage) {
    super();
    FakeTray.instances.push(this);
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/**
 * safeStorage whose "encryption" really changes the bytes (XOR, behind a `v10` prefix as Chromium
 * writes), so a test can prove that what reaches the disk is not the key in clear.
 */
export class FakeSafeStorage
  implements
    Pick<
      Electron.SafeStorage,
      'encryptString' | 'decryptString' | 'isEncryptionAvailable' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'setUsePlainTextEncryption'
    >
{
  available = true;
  backend: ReturnType<Electron.SafeStorage['getSelectedStorageBackend']> = 'gnome_libsecret';
  usePlainText = false;
  encryptString(plainText: string): Buffer {
    if (!this.available && !this.usePlainText) throw new Error('Encryption is not available.');
    return Buffer.concat([Buffer.from('v10'), Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a)]);
  }
  decryptString(encrypted: Buffer): string {
    if (!this.available && !this.usePlainText) throw new Error('Decryption is not available.');
    if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('not produced by encryptString');
    return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
  }
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.available;
  }
  getSelectedStorageBackend(): ReturnType<Electron.SafeStorage['getSelectedStorageBackend']> {
    return this.backend;
  }
  setUsePlainTextEncryption(usePlainText: boolean): void {
    this.usePlainText = usePlainText;
  }
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

export class FakeSession implements Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  requestHandler: PermissionRequestHandler = null;
  checkHandler: PermissionCheckHandler = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
}

export class FakeShell implements Pick<Electron.Shell, 'openExternal' | 'openPath'> {
  external: string[] = [];
  opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.external.push(url);
  }
  async openPath(path: string): Promise<string> {
    this.opened.push(path);
    return '';
  }
}

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

/**
 * Records privileged schemes and handlers. Like Electron, it refuses privileges asked for once the
 * app is ready (they would silently not apply) and a second handler for the same scheme.
 */
export class FakeProtocol implements Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'> {
  privileged: Electron.CustomScheme[] = [];
  handlers = new Map<string, ProtocolHandler>();
  constructor(private readonly appIsReady: () => boolean = () => false) {}
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (this.appIsReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    this.privileged.push(...customSchemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!this.appIsReady()) throw new Error('protocol.handle needs the app to be ready');
    if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
}

/**
 * net.fetch for `file:` URLs only, read from the real disk: what the app's protocol handler asks
 * of it. A missing file fails the way Chromium's network stack does.
 */
export class FakeNet implements Pick<Electron.Net, 'fetch'> {
  fetched: string[] = [];
  async fetch(input: string | Request): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    this.fetched.push(url);
    if (!url.startsWith('file:')) throw new Error(`the fake net fetches only file: URLs, not ${url}`);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 });
    } catch {
      throw new Error('net::ERR_FILE_NOT_FOUND');
    }
  }
}

type InvokeListener = Parameters<Electron.IpcMain['handle']>[1];

export class FakeIpcMain implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'> {
  handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export class FakeDialog implements Pick<Electron.Dialog, 'showMessageBox'> {
  /** The button the "user" presses next, by index. */
  answer = 0;
  asked: Electron.MessageBoxOptions[] = [];
  async showMessageBox(
    windowOrOptions: Electron.BaseWindow | Electron.MessageBoxOptions,
    options?: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue> {
    const asked = options ?? ('message' in windowOrOptions ? windowOrOptions : null);
    if (!asked) throw new Error('showMessageBox needs options');
    this.asked.push(asked);
    return { response: this.answer, checkboxChecked: false };
  }
}

export class FakeScreen {
  workAreas: Electron.Rectangle[] = [{ x: 0, y: 0, width: 1920, height: 1050 }];
  getAllDisplays(): { workArea: Electron.Rectangle }[] {
    return this.workAreas.map((workArea) => ({ workArea }));
  }
}

function createFakeElectron() {
  const fake = {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    Menu: FakeMenu,
    Tray: FakeTray,
    nativeImage: { createFromPath: (path: string) => new FakeNativeImage(path) },
    safeStorage: new FakeSafeStorage(),
    session: { defaultSession: new FakeSession() },
    shell: new FakeShell(),
    ipcMain: new FakeIpcMain(),
    dialog: new FakeDialog(),
    screen: new FakeScreen(),
    protocol: new FakeProtocol((): boolean => fake.app.isReady()),
    net: new FakeNet(),
    /**
     * A fresh world for the next test: new app state, no windows, no notifications. Objects are
     * reset in place because the app under test holds them through its `electron` imports.
     */
    reset() {
      Object.assign(fake.app, new FakeApp());
      FakeBrowserWindow.instances = [];
      FakeNotification.shown = [];
      FakeNotification.supported = true;
      FakeTray.instances = [];
      Object.assign(fake.safeStorage, new FakeSafeStorage());
      Object.assign(fake.session.defaultSession, new FakeSession());
      Object.assign(fake.shell, new FakeShell());
      Object.assign(fake.ipcMain, new FakeIpcMain());
      Object.assign(fake.dialog, new FakeDialog());
      Object.assign(fake.screen, new FakeScreen());
      Object.assign(fake.protocol, new FakeProtocol((): boolean => fake.app.isReady()));
      Object.assign(fake.net, new FakeNet());
    },
  };
  FakeBrowserWindow.app = fake.app;
  return fake;
}

/** The fake module, one per test file (vitest isolates files); `reset()` between tests. */
export const fakeElectron = createFakeElectron();
