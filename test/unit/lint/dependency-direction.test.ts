import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture's dependency direction is enforced by lint; these fixtures prove each rule
 * fires where it must and stays quiet where the import is allowed.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
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
});
