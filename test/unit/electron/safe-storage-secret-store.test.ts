import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageSecretStore } from '../../../main/electron/safe-storage-secret-store';
import { askUnprotectedKeyChoice } from '../../../main/electron/key-storage-dialog';
import { startSimulator } from '../../../main/simulator';
import { fakeElectron } from '../../support/fake-electron';
import { tempDir } from '../../support/temp-dir';
import { startHarness, type Harness } from './desktop-app-harness';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);
vi.mock('electron-store', () => ({ default: class {} }));

/** A key of the real format: `pk_` and 40 hexadecimal characters. */
const realFormatKey = `pk_${'3f9a1c07be52d4e8a6f0'.repeat(2)}`;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function filesContaining(folder: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return filesUnder(folder).filter((file) => readFileSync(file).includes(needle));
}

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

function store(choice: 'session' | 'weak' | 'cancel' = 'cancel') {
  fakeElectron.reset();
  const folder = tempDir('secrets');
  folders.push(folder);
  const ask = vi.fn(async () => choice);
  return { secrets: createSafeStorageSecretStore(folder.path, { askWhenUnprotected: ask }), ask, folder: folder.path };
}

describe('safeStorage secret store', () => {
  it('with a keychain, stores only ciphertext and reads the key back without asking', async () => {
    const { secrets, ask, folder } = store();
    await secrets.set('account:a', realFormatKey);
    expect(await secrets.get('account:a')).toBe(realFormatKey);
    expect(ask).not.toHaveBeenCalled();
    expect(filesContaining(folder, realFormatKey)).toEqual([]);
    expect(JSON.parse(readFileSync(join(folder, 'secrets.json'), 'utf8'))).toEqual({ 'account:a': { value: expect.any(String), weak: false } });
    await secrets.delete('account:a');
    expect(await secrets.get('account:a')).toBeNull();
  });

  it('reads files written before entries said how they were protected', async () => {
    const { secrets, folder } = store();
    await secrets.set('account:a', realFormatKey);
    const { value } = JSON.parse(readFileSync(join(folder, 'secrets.json'), 'utf8'))['account:a'] as { value: string };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(folder, 'secrets.json'), JSON.stringify({ 'account:a': value }));
    expect(await secrets.get('account:a')).toBe(realFormatKey);
  });

  it.each([
    ['basic_text backend (Linux, no keyring)', true, 'basic_text'],
    ['no encryption at all', false, 'unknown'],
  ] as const)('%s: the operator is asked; "this session only" writes nothing', async (_name, available, backend) => {
    const { secrets, ask, folder } = store('session');
    fakeElectron.safeStorage.available = available;
    fakeElectron.safeStorage.backend = backend;
    await secrets.set('account:a', realFormatKey);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await secrets.get('account:a')).toBe(realFormatKey);
    expect(filesUnder(folder)).toEqual([]);
  });

  it('"weak protection" stores ciphertext marked weak, forcing the fallback password where needed', async () => {
    const { secrets, folder } = store('weak');
    fakeElectron.safeStorage.available = false;
    await secrets.set('account:a', realFormatKey);
    expect(fakeElectron.safeStorage.usePlainText).toBe(true);
    expect(filesContaining(folder, realFormatKey)).toEqual([]);
    expect(JSON.parse(readFileSync(join(folder, 'secrets.json'), 'utf8'))['account:a'].weak).toBe(true);
    expect(await secrets.get('account:a')).toBe(realFormatKey);
  });

  it('"cancel" refuses with a clear error and stores nothing', async () => {
    const { secrets, folder } = store('cancel');
    fakeElectron.safeStorage.backend = 'basic_text';
    await expect(secrets.set('account:a', realFormatKey)).rejects.toMatchObject({ code: 'secret-storage-unavailable' });
    expect(filesUnder(folder)).toEqual([]);
  });

  it('asks in the operator’s language, with the safe answers as default and cancel', async () => {
    fakeElectron.reset();
    fakeElectron.dialog.answer = 1;
    expect(await askUnprotectedKeyChoice('de')).toBe('weak');
    expect(fakeElectron.dialog.asked[0]).toMatchObject({
      buttons: ['Nur für diese Sitzung behalten', 'Schwach geschützt speichern', 'Abbrechen'],
      defaultId: 0,
      cancelId: 2,
    });
  });
});

describe('a real-format key through the desktop app', () => {
  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.stop();
    harness = null;
  });

  it('appears nowhere in clear: not in the user-data folder, the log file or the database', async () => {
    const simulator = await startSimulator({
      enforceRateLimits: false,
      scenario: {
        seed: 7,
        historyDays: 3,
        accounts: [
          {
            name: 'Key Test Store',
            privateKey: realFormatKey,
            publicKey: 'KeyT01',
            timezone: 'UTC',
            currency: 'USD',
            metrics: [{ key: 'po', name: 'Placed Order', integration: { name: 'Shopify', category: 'ecommerce' }, baseHourlyRate: 3 }],
          },
        ],
      },
    });
    try {
      harness = await startHarness({ coreOptions: { realApiBaseUrl: simulator.url } });
      const added = await harness.desktop.core.dispatch('accounts:add', { key: realFormatKey });
      expect(added.ok).toBe(true);
      // A careless log line, the kind a future change might add: the file log must redact it.
      harness.desktop.log.logger.error(`request failed for ${realFormatKey}`, { authorization: `Klaviyo-API-Key ${realFormatKey}`, detail: realFormatKey });

      const files = filesUnder(harness.userData);
      expect(files).toEqual(expect.arrayContaining([join(harness.userData, 'logs', 'main.log'), join(harness.userData, 'cache.sqlite'), join(harness.userData, 'secrets.json')]));
      expect(readFileSync(join(harness.userData, 'logs', 'main.log'), 'utf8')).toContain('request failed for [redacted');
      expect(filesContaining(harness.userData, realFormatKey)).toEqual([]);
      // Not even the key's body without its prefix.
      expect(filesContaining(harness.userData, realFormatKey.slice(3))).toEqual([]);
    } finally {
      await simulator.close();
    }
    // Loading the API client's SDK for the first time takes seconds on a busy machine.
  }, 60_000);
});
