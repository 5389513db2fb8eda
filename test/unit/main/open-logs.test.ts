import { afterEach, describe, expect, it } from 'vitest';
import { composeServices, type Services } from '../../../main/compose-services';
import { fakePorts } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

describe('app:openLogs', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function core(shell?: { openLogsFolder(): Promise<boolean> }): Services {
    const folder = tempDir('open-logs');
    const created = composeServices(fakePorts(shell ? { shell } : {}), { host: 'browser', platform: 'linux', systemLocale: 'en', dataDir: folder.path });
    cleanups.push(folder.remove, () => created.dispose());
    return created;
  }

  it('answers "not opened" in hosts without a desktop shell (browser host, command line)', async () => {
    expect(await core().dispatch('app:openLogs', undefined)).toEqual({ ok: true, value: { opened: false } });
  });

  it('asks the desktop shell where there is one', async () => {
    let asked = 0;
    const withShell = core({ openLogsFolder: async () => ++asked > 0 });
    expect(await withShell.dispatch('app:openLogs', undefined)).toEqual({ ok: true, value: { opened: true } });
    expect(asked).toBe(1);
  });
});
