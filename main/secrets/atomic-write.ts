import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write makes, so a test can make one of them fail midway. */
export interface AtomicWriteIo {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
}

export const nodeAtomicWriteIo: AtomicWriteIo = { openSync, writeSync, fsyncSync, closeSync, renameSync, rmSync };

/**
 * Replaces `path` with `data` so that a reader (or the next start after a crash or a power cut)
 * sees either the old file or the new one, never a mix: write a temp file beside it, fsync it,
 * rename it over the old one, then fsync the folder so the rename itself survives. Without the
 * first fsync, a power cut after the rename can leave a zero-byte file on ext4 and others.
 */
export function writeFileAtomic(path: string, data: string, options: { mode?: number; io?: AtomicWriteIo } = {}): void {
  const io = options.io ?? nodeAtomicWriteIo;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const bytes = Buffer.from(data, 'utf8');
  try {
    const fd = io.openSync(temp, 'w', options.mode ?? 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, path);
  } catch (error) {
    io.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path), io);
}

function syncFolder(folder: string, io: AtomicWriteIo): void {
  // Windows cannot open a folder for fsync (EPERM/EISDIR): there, the rename is as durable as it gets.
  let fd: number | null = null;
  try {
    fd = io.openSync(folder, 'r');
    io.fsyncSync(fd);
  } catch {
    // Best effort: the data is already in place.
  } finally {
    try {
      if (fd !== null) io.closeSync(fd);
    } catch {
      // Nothing left to save.
    }
  }
}
