import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageSecretStore } from '../../../main/electron/safe-storage-secret-store';
import { fakeElectron } from '../../support/fake-electron';
import { tempDir } from '../../support/temp-dir';

vi.mock('electron', async () => (await import('../../support/fake-electron')).fakeElectron);

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

function store() {
  fakeElectron.reset();
  const folder = tempDir('secrets-corrupt');
  folders.push(folder);
  const secrets = createSafeStorageSecretStore(folder.path, { askWhenUnprotected: async () => 'cancel' });
  return { secrets, folder: folder.path, file: join(folder.path, 'secrets.json') };
}

/** The desktop store over a secrets file damaged in the ways a crash, a sync tool or an editor leave it. */
describe('a damaged secrets file', () => {
  it('one entry that cannot be read loses only itself, even after another key is saved', async () => {
    const { secrets, file } = store();
    await secrets.set('account:a', 'pk_a');
    await secrets.set('account:b', 'pk_b');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...entries, 'account:bad': 42 }));

    await secrets.set('account:c', 'pk_c');

    expect(await secrets.get('account:a')).toBe('pk_a');
    expect(await secrets.get('account:b')).toBe('pk_b');
    expect(await secrets.get('account:c')).toBe('pk_c');
  });

  it('one entry whose ciphertext does not decrypt is reported by its name, the others still read', async () => {
    const { secrets, file } = store();
    await secrets.set('account:a', 'pk_a');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...entries, 'account:bad': { value: 'bm90IG91cnM=', weak: false } }));

    await expect(secrets.get('account:bad')).rejects.toMatchObject({ code: 'key-unreadable', params: { ref: 'account:bad' } });
    expect(await secrets.get('account:a')).toBe('pk_a');
  });

  it('invalid JSON gives a typed error, and the original is kept aside before the file is written again', async () => {
    const { secrets, file, folder } = store();
    await secrets.set('account:a', 'pk_a');
    const damaged = readFileSync(file, 'utf8').slice(0, -7);
    writeFileSync(file, damaged);

    await expect(secrets.get('account:z')).rejects.toMatchObject({ code: 'key-unreadable' });
    await secrets.set('account:c', 'pk_c');

    const copies = readdirSync(folder).filter((name) => name.startsWith('secrets.json.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(folder, copies[0] ?? ''), 'utf8')).toBe(damaged);
    expect(await secrets.get('account:c')).toBe('pk_c');
  });
});
