import { safeStorage } from 'electron';
import { join } from 'node:path';
import { AppError } from '../../shared/domain/errors';
import { keyProtection, type KeyProtection, type UnprotectedKeyChoice } from '../desktop/secret-protection';
import type { SecretStore } from '../ports';
import { createFileSecretStore } from '../secrets/file-secret-store';
import type { SecretCipher } from '../secrets/secret-cipher';

export interface SafeStorageSecretStoreOptions {
  /** Asked each time a key is to be stored while no keychain can protect it. */
  askWhenUnprotected(): Promise<UnprotectedKeyChoice>;
}

export interface SafeStorageSecretStore extends SecretStore {
  protection(): Promise<KeyProtection>;
}

/**
 * Keys encrypted through safeStorage (the OS keychain), kept as ciphertext in `secrets.json` of
 * the user-data folder (its format and safe rewriting live in `secrets/file-secret-store`). Where
 * the system offers no keychain (Linux without GNOME Keyring or KWallet), the operator is told and
 * chooses: keep the key for this session only (in memory), store it with weak protection, or
 * cancel. A key is never written in clear.
 */
export function createSafeStorageSecretStore(userDataDir: string, options: SafeStorageSecretStoreOptions): SafeStorageSecretStore {
  const sessionOnly = new Map<string, string>();
  const allowWeakEncryption = async () => {
    // Linux only (a no-op elsewhere): lets safeStorage fall back to its built-in password.
    if (!(await safeStorage.isAsyncEncryptionAvailable())) safeStorage.setUsePlainTextEncryption(true);
  };
  const cipher: SecretCipher = {
    encrypt: async (secret, weak) => {
      if (weak) await allowWeakEncryption();
      return safeStorage.encryptString(secret).toString('base64');
    },
    decrypt: async (ciphertext, weak) => {
      if (weak) await allowWeakEncryption();
      return safeStorage.decryptString(Buffer.from(ciphertext, 'base64'));
    },
  };
  const file = createFileSecretStore(join(userDataDir, 'secrets.json'), { cipher, now: () => new Date() });
  const protection = async (): Promise<KeyProtection> => {
    const available = await safeStorage.isAsyncEncryptionAvailable();
    return keyProtection(available, process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null);
  };

  return {
    protection,
    get: async (ref) => {
      const inMemory = sessionOnly.get(ref);
      if (inMemory !== undefined) return inMemory;
      return file.get(ref);
    },
    set: async (ref, secret) => {
      const level = await protection();
      if (level === 'keychain') {
        await file.set(ref, secret);
        sessionOnly.delete(ref);
        return;
      }
      const choice = await options.askWhenUnprotected();
      if (choice === 'session') {
        await file.delete(ref);
        sessionOnly.set(ref, secret);
        return;
      }
      if (choice === 'weak') {
        await file.set(ref, secret, { weak: true });
        sessionOnly.delete(ref);
        return;
      }
      throw new AppError('secret-storage-unavailable', 'The system keychain is not available to encrypt the key.');
    },
    delete: async (ref) => {
      sessionOnly.delete(ref);
      await file.delete(ref);
    },
  };
}
