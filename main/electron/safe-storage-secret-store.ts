import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/domain/errors';
import { keyProtection, type KeyProtection, type UnprotectedKeyChoice } from '../desktop/secret-protection';
import type { SecretStore } from '../ports';

export interface SafeStorageSecretStoreOptions {
  /** Asked each time a key is to be stored while no keychain can protect it. */
  askWhenUnprotected(): Promise<UnprotectedKeyChoice>;
}

export interface SafeStorageSecretStore extends SecretStore {
  protection(): Promise<KeyProtection>;
}

// Older files hold the ciphertext alone; entries now say how they were protected.
const entrySchema = z.union([
  z.string().transform((value) => ({ value, weak: false })),
  z.object({ value: z.string(), weak: z.boolean() }),
]);
const fileSchema = z.record(z.string(), entrySchema);
type Entry = z.output<typeof entrySchema>;

/**
 * Keys encrypted through safeStorage (the OS keychain), kept as ciphertext in one file of the
 * user-data folder. Where the system offers no keychain (Linux without GNOME Keyring or KWallet),
 * the operator is told and chooses: keep the key for this session only (in memory), store it with
 * weak protection, or cancel. A key is never written in clear.
 */
export function createSafeStorageSecretStore(userDataDir: string, options: SafeStorageSecretStoreOptions): SafeStorageSecretStore {
  const file = join(userDataDir, 'secrets.json');
  const sessionOnly = new Map<string, string>();
  const readAll = (): Record<string, Entry> => {
    if (!existsSync(file)) return {};
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  };
  const writeAll = (entries: Record<string, Entry>) => {
    // Write then rename: a crash mid-write never leaves a half-written file behind.
    writeFileSync(`${file}.tmp`, JSON.stringify(entries), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  const protection = async (): Promise<KeyProtection> => {
    const available = await safeStorage.isAsyncEncryptionAvailable();
    return keyProtection(available, process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null);
  };
  const allowWeakEncryption = async () => {
    // Linux only (a no-op elsewhere): lets safeStorage fall back to its built-in password.
    if (!(await safeStorage.isAsyncEncryptionAvailable())) safeStorage.setUsePlainTextEncryption(true);
  };
  const remove = (ref: string) => {
    const entries = readAll();
    if (!(ref in entries)) return;
    delete entries[ref];
    writeAll(entries);
  };

  return {
    protection,
    get: async (ref) => {
      const inMemory = sessionOnly.get(ref);
      if (inMemory !== undefined) return inMemory;
      const entry = readAll()[ref];
      if (!entry) return null;
      if (entry.weak) await allowWeakEncryption();
      return safeStorage.decryptString(Buffer.from(entry.value, 'base64'));
    },
    set: async (ref, secret) => {
      const level = await protection();
      if (level === 'keychain') {
        sessionOnly.delete(ref);
        writeAll({ ...readAll(), [ref]: { value: safeStorage.encryptString(secret).toString('base64'), weak: false } });
        return;
      }
      const choice = await options.askWhenUnprotected();
      if (choice === 'session') {
        remove(ref);
        sessionOnly.set(ref, secret);
        return;
      }
      if (choice === 'weak') {
        await allowWeakEncryption();
        sessionOnly.delete(ref);
        writeAll({ ...readAll(), [ref]: { value: safeStorage.encryptString(secret).toString('base64'), weak: true } });
        return;
      }
      throw new AppError('secret-storage-unavailable', 'The system keychain is not available to encrypt the key.');
    },
    delete: async (ref) => {
      sessionOnly.delete(ref);
      remove(ref);
    },
  };
}
