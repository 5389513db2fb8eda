import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeAtomicWriteIo } from '../../../main/secrets/atomic-write';
import { createFileSecretStore } from '../../../main/secrets/file-secret-store';
import { fakeCipher } from '../../support/fake-cipher';
import { tempDir } from '../../support/temp-dir';

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

const now = new Date('2026-03-01T10:20:30.400Z');

function store(io = nodeAtomicWriteIo) {
  const folder = tempDir('file-secrets');
  folders.push(folder);
  const file = join(folder.path, 'secrets.json');
  return { secrets: createFileSecretStore(file, { cipher: fakeCipher(), now: () => now, io }), file, folder: folder.path };
}

describe('file secret store', () => {
  it('stores, reads, marks weak keys and deletes', async () => {
    const { secrets, file } = store();
    expect(await secrets.get('account:a')).toBeNull();
    await secrets.set('account:a', 'pk_a');
    await secrets.set('account:w', 'pk_w', { weak: true });
    expect(await secrets.get('account:a')).toBe('pk_a');
    expect(await secrets.get('account:w')).toBe('pk_w');
    expect(JSON.parse(readFileSync(file, 'utf8'))['account:w'].weak).toBe(true);
    await secrets.delete('account:a');
    expect(await secrets.get('account:a')).toBeNull();
    expect(await secrets.get('account:w')).toBe('pk_w');
  });

  it('an entry that does not decrypt is kept in the file (the keychain may open it later) until its key is saved again', async () => {
    const { secrets, file } = store();
    await secrets.set('account:a', 'pk_a');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...entries, 'account:b': { value: 'Z2FyYmFnZQ==', weak: false } }));

    await secrets.set('account:c', 'pk_c');
    expect(JSON.parse(readFileSync(file, 'utf8'))['account:b']).toEqual({ value: 'Z2FyYmFnZQ==', weak: false });
    await expect(secrets.get('account:b')).rejects.toMatchObject({ code: 'key-unreadable', params: { ref: 'account:b' } });

    await secrets.set('account:b', 'pk_b');
    expect(await secrets.get('account:b')).toBe('pk_b');
    expect(await secrets.get('account:a')).toBe('pk_a');
  });

  it('a file cut short keeps the entries before the cut; the copy is stamped with the time', async () => {
    const { secrets, file, folder } = store();
    await secrets.set('account:a', 'pk_a');
    await secrets.set('account:b', 'pk_b');
    const whole = readFileSync(file, 'utf8');
    const cut = whole.slice(0, whole.indexOf('"account:b"') + 8);
    writeFileSync(file, cut);

    expect(await secrets.get('account:a')).toBe('pk_a');
    await expect(secrets.get('account:b')).rejects.toMatchObject({ code: 'key-unreadable' });
    await secrets.set('account:c', 'pk_c');

    expect(readdirSync(folder).sort()).toEqual(['secrets.json', 'secrets.json.corrupt-2026-03-01T10-20-30-400Z']);
    expect(readFileSync(join(folder, 'secrets.json.corrupt-2026-03-01T10-20-30-400Z'), 'utf8')).toBe(cut);
    expect(await secrets.get('account:a')).toBe('pk_a');
    expect(await secrets.get('account:c')).toBe('pk_c');
    // Now the file is whole again: a key it does not hold is simply absent.
    expect(await secrets.get('account:b')).toBeNull();
  });

  it('a read-only file is refused with a typed error; nothing in it changes', async () => {
    const { secrets, file } = store();
    await secrets.set('account:a', 'pk_a');
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o400);

    await expect(secrets.set('account:b', 'pk_b')).rejects.toMatchObject({ code: 'secret-file-not-writable' });
    await expect(secrets.delete('account:a')).rejects.toMatchObject({ code: 'secret-file-not-writable' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await secrets.get('account:a')).toBe('pk_a');
  });

  it('a write that fails midway is refused with a typed error and leaves the old file whole', async () => {
    const io = {
      ...nodeAtomicWriteIo,
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    const { secrets, file } = store();
    await secrets.set('account:a', 'pk_a');
    const before = readFileSync(file, 'utf8');
    const failing = createFileSecretStore(file, { cipher: fakeCipher(), now: () => now, io });
    await expect(failing.set('account:b', 'pk_b')).rejects.toMatchObject({ code: 'secret-file-not-writable' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await secrets.get('account:a')).toBe('pk_a');
  });
});
