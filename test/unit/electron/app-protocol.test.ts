import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../support/fake-electron';
import { tempDir } from '../../support/temp-dir';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);

const { handleAppProtocol, registerAppSchemePrivileges } = await import('../../../main/electron/app-protocol');

/**
 * The handler of `app://` over a real built-renderer folder in a temp dir, with a secret file
 * beside it that no request may reach.
 */
let folder: ReturnType<typeof tempDir>;
let rendererDir: string;

beforeEach(() => {
  fakeElectron.reset();
  folder = tempDir('app-protocol');
  rendererDir = join(folder.path, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Storepulse</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log("storepulse")');
  mkdirSync(join(folder.path, 'out', 'main'), { recursive: true });
  writeFileSync(join(folder.path, 'out', 'main', 'index.js'), 'SECRET main bundle');
  writeFileSync(join(folder.path, 'secret.txt'), 'SECRET');
});
afterEach(() => folder.remove());

function serve(url: string, init?: RequestInit): Promise<Response> {
  const handler = fakeElectron.protocol.handlers.get('app');
  if (!handler) throw new Error('app: is not handled');
  return Promise.resolve(handler(new Request(url, init)));
}

describe('the app:// protocol', () => {
  it('is registered as a privileged standard, secure scheme before the app is ready', () => {
    registerAppSchemePrivileges();
    expect(fakeElectron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the real files of the built renderer through net.fetch of their file: URL', async () => {
    fakeElectron.app.ready();
    handleAppProtocol(rendererDir);
    const index = await serve('app://storepulse/index.html');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Storepulse</title>');
    expect(await (await serve('app://storepulse/')).text()).toContain('<title>Storepulse</title>');
    expect(await (await serve('app://storepulse/assets/index.js')).text()).toBe('console.log("storepulse")');
    expect(fakeElectron.net.fetched.every((url) => url.startsWith('file://'))).toBe(true);
  });

  it('answers 404 for a file the build does not have, without asking the network stack', async () => {
    fakeElectron.app.ready();
    handleAppProtocol(rendererDir);
    expect((await serve('app://storepulse/assets/missing.js')).status).toBe(404);
    expect((await serve('app://storepulse/assets')).status).toBe(404);
    expect(fakeElectron.net.fetched).toEqual([]);
  });

  it.each([
    // Request (like Chromium) folds these dot segments before the handler sees them: what is left
    // points inside the renderer folder, where there is no such file.
    ['app://storepulse/../secret.txt', 404],
    ['app://storepulse/%2e%2e/%2e%2e/secret.txt', 404],
    ['app://storepulse/..%2fmain%2findex.js', 403],
    ['app://storepulse/..%5cmain%5cindex.js', 403],
    ['app://storepulse//etc/passwd', 403],
    ['app://evil.example/index.html', 403],
    ['app://evil.example/../secret.txt', 403],
  ])('refuses %s (%i) and reads nothing', async (url, status) => {
    fakeElectron.app.ready();
    handleAppProtocol(rendererDir);
    const response = await serve(url);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('SECRET');
    expect(fakeElectron.net.fetched).toEqual([]);
  });

  it('serves reads only', async () => {
    fakeElectron.app.ready();
    handleAppProtocol(rendererDir);
    expect((await serve('app://storepulse/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
