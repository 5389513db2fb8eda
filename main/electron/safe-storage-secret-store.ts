import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/domain/errors';
import type { SecretStore } from '../ports';

/**
 * Keys encrypted with the OS keychain through safeStorage, kept as ciphertext in one file of the
 * user-data folder. Where the system offers no encryption (Linux without a keyring), storing is
 * refused rather than done in clear.
 */
export function createSafeStorageSecretStore(userDataDir: string): SecretStore {
  const file = join(userDataDir, 'secrets.json');
  const readAll = (): Record<string, string> =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const writeAll = (entries: Record<string, string>) => {
    // Write then rename: a crash mid-write never leaves a half-written file behind.
    writeFileSync(`${file}.tmp`, JSON.stringify(entries), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    get: async (ref) => {
      const encrypted = readAll()[ref];
      return encrypted ? safeStorage.decryptString(Buffer.from(encrypted, 'base64')) : null;
    },
    set: async (ref, secret) => {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new AppError('secret-storage-unavailable', 'The system keychain is not available to encrypt the key.');
      }
      writeAll({ ...readAll(), [ref]: safeStorage.encryptString(secret).toString('base64') });
    },
    delete: async (ref) => {
      const entries = readAll();
      delete entries[ref];
      writeAll(entries);
    },
  };
}
