import { constants, copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../../shared/domain/errors';
import type { SecretStore } from '../ports';
import { writeFileAtomic, type AtomicWriteIo } from './atomic-write';
import type { SecretCipher } from './secret-cipher';
import { parseSecretsFile, serializeSecretsFile, type SecretsFileContents } from './secrets-file';

export interface FileSecretStoreOptions {
  cipher: SecretCipher;
  /** Stamps the copy kept of a file that no longer parses. */
  now(): Date;
  /** The file-system calls of the atomic write, for tests that make one fail. */
  io?: AtomicWriteIo;
}

export interface FileSecretStore extends SecretStore {
  /** Stores the key; `weak` marks it as protected by the fallback password only. */
  set(ref: string, secret: string, options?: { weak?: boolean }): Promise<void>;
}

/**
 * Keys as ciphertext in one JSON file. Entries are independent: one that cannot be read (a wrong
 * shape, a ciphertext that does not decrypt, a part of the file lost to a crash) costs only that
 * key, is reported by its reference (`key-unreadable`), and every other entry is carried over when
 * the file is written again. The file is replaced atomically; a file that no longer parses is kept
 * beside it as `<name>.corrupt-<timestamp>` before the first rewrite; a read-only file is refused
 * (`secret-file-not-writable`) rather than replaced behind the operator's back.
 */
export function createFileSecretStore(file: string, options: FileSecretStoreOptions): FileSecretStore {
  const unreadable = (ref: string, why: string) =>
    new AppError('key-unreadable', `The stored key ${ref} cannot be read: ${why}.`, { ref });
  const notWritable = (why: string) =>
    new AppError('secret-file-not-writable', `The secrets file ${file} cannot be written: ${why}.`, { file });

  /** The file's text, or null when there is none yet. */
  const readText = (): string | null => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw error;
    }
  };

  const keepCorruptCopy = () => {
    const stamp = options.now().toISOString().replace(/[:.]/g, '-');
    for (let attempt = 0; ; attempt += 1) {
      const copy = `${file}.corrupt-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
      try {
        copyFileSync(file, copy, constants.COPYFILE_EXCL);
        return;
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST' || attempt > 100) throw notWritable(`the damaged file could not be kept aside (${describe(error)})`);
      }
    }
  };

  /** Reads, changes and writes the file in one synchronous stretch, so no other write slips in between. */
  const rewrite = (change: (raw: Record<string, unknown>, contents: SecretsFileContents | null) => boolean) => {
    let text: string | null;
    try {
      text = readText();
    } catch (error) {
      // Writing without knowing what the file holds would drop every key in it.
      throw notWritable(`it cannot be read (${describe(error)})`);
    }
    const contents = text === null ? null : parseSecretsFile(text);
    const raw: Record<string, unknown> = { ...(contents?.raw ?? {}) };
    if (!change(raw, contents)) return;
    if (text !== null && isReadOnly(file)) throw notWritable('it is read-only');
    if (contents?.damaged) keepCorruptCopy();
    try {
      writeFileAtomic(file, serializeSecretsFile(raw), { mode: 0o600, io: options.io });
    } catch (error) {
      throw notWritable(describe(error));
    }
  };

  return {
    async get(ref) {
      let text: string | null;
      try {
        text = readText();
      } catch (error) {
        throw unreadable(ref, `the secrets file cannot be read (${describe(error)})`);
      }
      if (text === null) return null;
      const contents = parseSecretsFile(text);
      const entry = contents.entries.get(ref);
      if (entry) {
        try {
          return await options.cipher.decrypt(entry.value, entry.weak);
        } catch (error) {
          throw unreadable(ref, `it does not decrypt (${describe(error)})`);
        }
      }
      if (contents.unreadable.includes(ref)) throw unreadable(ref, 'its entry has the wrong shape');
      // A damaged file may have held this key in the part that was lost.
      if (contents.damaged) throw unreadable(ref, 'the secrets file is damaged');
      return null;
    },
    async set(ref, secret, setOptions = {}) {
      const weak = setOptions.weak ?? false;
      // Encrypt first: the read-change-write below must not wait on anything.
      const value = await options.cipher.encrypt(secret, weak);
      rewrite((raw) => {
        raw[ref] = { value, weak };
        return true;
      });
    },
    async delete(ref) {
      if (!existsSync(file)) return;
      rewrite((raw) => {
        if (!(ref in raw)) return false;
        delete raw[ref];
        return true;
      });
    },
  };
}

function isReadOnly(file: string): boolean {
  try {
    // The mode bits, not access(): a process running as root may write anything, yet a file the
    // operator marked read-only is one they do not want replaced.
    return (statSync(file).mode & 0o222) === 0;
  } catch {
    return false;
  }
}

function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
