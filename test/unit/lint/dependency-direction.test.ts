import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The architecture's dependency direction is enforced by lint; these fixtures prove each rule
 * fires where it must and stays quiet where the import is allowed.
 */
const eslint = new ESLint({ cwd: process.cwd() });

/** The floors table of main/, read from the lint config itself (the single source). */
const floorsSchema = z.object({ mainFloors: z.array(z.object({ name: z.string(), units: z.array(z.string()) })) });
const configModule: unknown = await import(pathToFileURL(resolve('eslint.config.js')).href);
const { mainFloors } = floorsSchema.parse(configModule);

const layeringRules = new Set(['no-restricted-imports', 'no-restricted-syntax']);

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && layeringRules.has(message.ruleId))
    .map((message) => message.message);
}

describe('dependency direction lint', () => {
  it.each([
    ['main/sync/fixture.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['main/core-fixture.ts', "import Store from 'electron-store';\nexport const s = Store;\n"],
    ['shared/domain/fixture.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
    ['renderer/features/fixture.ts', "import { shell } from 'electron';\nexport const s = shell;\n"],
  ])('refuses electron in %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([expect.stringContaining('Electron')]);
  });

  it.each([
    ['renderer/features/home/fixture.ts', "import { createCore } from '../../../main/core';\nexport const c = createCore;\n"],
    ['preload/fixture.ts', "import { createCore } from '../main/core';\nexport const c = createCore;\n"],
  ])('refuses main in %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([expect.stringContaining('typed bridge')]);
  });

  it('refuses shared importing any of our other layers', async () => {
    const code = "import { createCore } from '../../main/core';\nexport const c = createCore;\n";
    expect(await restrictedImportErrors('shared/ipc/fixture.ts', code)).toEqual([
      expect.stringContaining('shared/ depends on nothing of ours'),
    ]);
  });

  it.each([
    ['main/electron/fixture.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['main/index.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['preload/fixture.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n"],
    ['renderer/features/fixture.ts', "import { channels } from '../../shared/ipc/contract';\nexport const c = channels;\n"],
  ])('allows the import in %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });

  describe('floors inside main/', () => {
    it.each([
      ['main/sync/fixture.ts', "import { registerIpc } from '../electron/ipc';\nexport const r = registerIpc;\n", 'may not import main/electron'],
      ['main/detection/fixture.ts', "import { openDb } from '../db/connection';\nexport const o = openDb;\n", 'may not import main/db'],
      ['main/detection/fixture.ts', "import { operations } from '../api/operations';\nexport const o = operations;\n", 'may not import main/api'],
      ['main/db/fixture.ts', "import { isVisible } from '../alerts/alert-lifecycle';\nexport const v = isVisible;\n", 'may not import main/alerts'],
      [
        'main/db/repositories/fixture.ts',
        "import type { AlertRecord } from '../../alerts/alert-lifecycle';\nexport type A = AlertRecord;\n",
        'may not import main/alerts',
      ],
      ['main/api/fixture.ts', "import { runSync } from '../sync/sync-runner';\nexport const r = runSync;\n", 'may not import main/sync'],
      ['main/api/fixture.ts', "import type { RemoteAccount } from '../accounts/account-service';\nexport type R = RemoteAccount;\n", 'may not import main/accounts'],
      ['main/alerts/fixture.ts', "import type { SyncCache } from '../sync/sync-cache';\nexport type S = SyncCache;\n", 'may not import main/sync'],
      ['main/sync/fixture.ts', "import { isVisible } from '../alerts/alert-lifecycle';\nexport const v = isVisible;\n", 'may not import main/alerts'],
      ['main/simulator/fixture.ts', "import { openDb } from '../db/connection';\nexport const o = openDb;\n", 'may not import main/db'],
      ['main/simulator/handlers/fixture.ts', "import { createCore } from '../../core';\nexport const c = createCore;\n", 'may not import main/core.ts'],
      ['main/ports.ts', "import { openDb } from './db/connection';\nexport const o = openDb;\n", 'may not import main/db'],
      ['main/handlers/fixture.ts', "import { createCore } from '../core';\nexport const c = createCore;\n", 'may not import main/core.ts'],
      ['main/web/fixture.ts', "import { composeServices } from '../compose-services';\nexport const c = composeServices;\n", 'only main/core.ts may'],
      ['main/cli/fixture.ts', "import { composeServices } from '../compose-services';\nexport const c = composeServices;\n", 'only main/core.ts may'],
      ['main/handlers/fixture.ts', "import { startBrowserHost } from '../web/browser-host';\nexport const s = startBrowserHost;\n", 'may not import main/web'],
      ['main/wizards/fixture.ts', "import { createHandlers } from '../handlers/create-handlers';\nexport const c = createHandlers;\n", 'may not import main/handlers'],
      ['main/desktop/fixture.ts', "import { createCore } from '../core';\nexport const c = createCore;\n", 'may not import main/core.ts'],
      ['main/web/fixture.ts', "import { runCli } from '../cli/run-cli';\nexport const r = runCli;\n", 'may not import main/cli'],
      ['main/electron/fixture.ts', "import { main } from '../cli';\nexport const m = main;\n", 'may not import main/cli.ts'],
      ['main/wizards/fixture.ts', "import { renderer } from '../../renderer/lib/bridge';\nexport const r = renderer;\n", 'never imports renderer'],
    ])('refuses the import in %s (%#)', async (filePath, code, expected) => {
      expect(await restrictedImportErrors(filePath, code)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
    });

    it.each([
      ['main/detection/fixture.ts', "import type { Clock } from '../ports';\nexport type C = Clock;\n"],
      ['main/db/repositories/fixture.ts', "import type { Db } from '../connection';\nexport type D = Db;\n"],
      ['main/wizards/fixture.ts', "import { createAlertQueries } from '../alerts/alert-queries';\nexport const c = createAlertQueries;\n"],
      ['main/simulator/fixture.ts', "import { handlers } from './handlers/handler-table';\nexport const h = handlers;\n"],
      ['main/simulator/handlers/fixture.ts', "import { handlers } from './handler-table';\nexport const h = handlers;\n"],
      ['main/cli/fixture.ts', "import { createCore } from '../core';\nexport const c = createCore;\n"],
      ['main/handlers/fixture.ts', "import type { WizardService } from '../wizards/wizard-service';\nexport type W = WizardService;\n"],
      ['main/core.ts', "import { composeServices } from './compose-services';\nexport const c = composeServices;\n"],
      ['main/cli.ts', "import { runCli } from './cli/run-cli';\nexport const r = runCli;\n"],
      ['main/index.ts', "import { startDesktopApp } from './electron/desktop-app';\nexport const s = startDesktopApp;\n"],
      ['main/electron/fixture.ts', "import { tray } from '../desktop/tray-model';\nexport const t = tray;\n"],
    ])('allows the downward import in %s (%#)', async (filePath, code) => {
      expect(await restrictedImportErrors(filePath, code)).toEqual([]);
    });

    it('places every folder and top-level file of main/ on a floor', () => {
      const placed = new Set(mainFloors.flatMap((floor) => floor.units));
      const entries = readdirSync('main', { withFileTypes: true }).map((entry) => `main/${entry.name}`);
      expect(entries.filter((entry) => !placed.has(entry))).toEqual([]);
      expect([...placed].filter((unit) => !entries.includes(unit))).toEqual([]);
    });
  });

  describe('raw IPC only in the bridge file each side', () => {
    it.each([
      ['main/electron/fixture.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
      ['main/electron/fixture.ts', "import * as electron from 'electron';\nexport const i = electron.ipcMain;\n"],
      ['main/index.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
      ['preload/fixture.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ])('refuses raw IPC in %s (%#)', async (filePath, code) => {
      expect(await restrictedImportErrors(filePath, code)).toEqual(expect.arrayContaining([expect.stringContaining('Raw ipc')]));
    });

    it.each([
      ['main/electron/ipc.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
      ['preload/index.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ])('allows raw IPC in %s', async (filePath, code) => {
      expect(await restrictedImportErrors(filePath, code)).toEqual([]);
    });
  });

  it('passes on the real main/ and preload/ trees', async () => {
    const results = await eslint.lintFiles(['main', 'preload']);
    const layering = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== null && layeringRules.has(message.ruleId))
        .map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    expect(layering).toEqual([]);
  }, 120_000);
});
