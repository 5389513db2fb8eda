import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import { fakeElectron, FakeWebContents } from '../../support/fake-electron';
import { startHarness, type Harness } from './desktop-app-harness';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);
vi.mock('electron-store', () => ({ default: class {} }));

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

/** Calls a channel the way ipcRenderer.invoke arrives in main: from some web contents and frame. */
async function invoke(channel: string, sender: FakeWebContents, frame: { url: string } | null, input?: unknown): Promise<unknown> {
  const handler = fakeElectron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  // The fake stands for the parts of IpcMainInvokeEvent the check reads: sender and senderFrame.
  return handler({ sender, senderFrame: frame } as never, input);
}

describe('IPC from the renderer', () => {
  it('registers every contract channel', async () => {
    harness = await startHarness();
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers our window’s main frame loaded from our files', async () => {
    harness = await startHarness();
    const contents = harness.window().webContents;
    contents.finishLoad();
    expect(await invoke('app:info', contents, contents.mainFrame)).toMatchObject({ ok: true, value: { name: 'Storepulse', host: 'electron' } });
  });

  it('refuses any other sender: another web contents, a sub-frame, a page from elsewhere', async () => {
    harness = await startHarness();
    const ours = harness.window().webContents;
    ours.finishLoad();
    const stranger = new FakeWebContents();
    stranger.finishLoad();
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await invoke('settings:get', stranger, stranger.mainFrame)).toMatchObject(forbidden);
    expect(await invoke('settings:get', ours, { url: 'file:///app/out/renderer/index.html' })).toMatchObject(forbidden);
    expect(await invoke('settings:get', ours, null)).toMatchObject(forbidden);
    ours.mainFrame.url = 'https://evil.example/';
    expect(await invoke('settings:get', ours, ours.mainFrame)).toMatchObject(forbidden);
  });
});
