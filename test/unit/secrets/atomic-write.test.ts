import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeAtomicWriteIo, writeFileAtomic, type AtomicWriteIo } from '../../../main/secrets/atomic-write';
import { tempDir } from '../../support/temp-dir';

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

function folder(): string {
  const made = tempDir('atomic');
  folders.push(made);
  return made.path;
}

/** A disk that fills up after `bytes` bytes: the write stops midway with ENOSPC. */
function diskFullAfter(bytes: number): AtomicWriteIo {
  let left = bytes;
  return {
    ...nodeAtomicWriteIo,
    writeSync: (fd, buffer, offset, length) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const written = nodeAtomicWriteIo.writeSync(fd, buffer, offset, Math.min(length, left));
      left -= written;
      return written;
    },
  };
}

describe('atomic write', () => {
  it('replaces the file and leaves no temp file behind, readable by its owner only', () => {
    const dir = folder();
    const file = join(dir, 'data.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['data.json']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a write that fails midway leaves the old file whole, and no temp file', () => {
    const dir = folder();
    const file = join(dir, 'data.json');
    writeFileSync(file, '{"kept":true}');
    expect(() => writeFileAtomic(file, 'x'.repeat(10_000), { io: diskFullAfter(100) })).toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('{"kept":true}');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('a failing fsync (the disk refused to commit) keeps the old file too', () => {
    const dir = folder();
    const file = join(dir, 'data.json');
    writeFileSync(file, 'old');
    const io: AtomicWriteIo = {
      ...nodeAtomicWriteIo,
      fsyncSync: () => {
        throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      },
    };
    expect(() => writeFileAtomic(file, 'new', { io })).toThrow(/EIO/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });
});
