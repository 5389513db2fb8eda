import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storageError } from '../../../main/db/storage-errors';
import { tempDir } from '../../support/temp-dir';

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

/** What SQLite throws, as better-sqlite3 hands it over: an Error whose code is SQLite's name. */
const sqliteFailure = (code: string) => Object.assign(new Error(code.toLowerCase()), { code });

describe('storageError', () => {
  it.each([
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_IOERR', 'disk-error'],
    ['SQLITE_IOERR_WRITE', 'disk-error'],
    ['SQLITE_IOERR_FSYNC', 'disk-error'],
    ['SQLITE_READONLY', 'disk-read-only'],
    ['SQLITE_READONLY_DBMOVED', 'disk-read-only'],
  ])('%s is %s', (code, expected) => {
    expect(storageError(sqliteFailure(code))?.code).toBe(expected);
  });

  it.each([
    ['another SQLite failure', sqliteFailure('SQLITE_CONSTRAINT_UNIQUE')],
    ['a network failure', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['not an Error', 'SQLITE_FULL'],
  ])('%s is not a storage error', (_label, caught) => {
    expect(storageError(caught)).toBeNull();
  });

  it('names the full disk of a real file capped with max_page_count', () => {
    const folder = tempDir('storage-full');
    folders.push(folder);
    const db = new Database(join(folder.path, 'full.sqlite'));
    try {
      db.exec('CREATE TABLE t (value TEXT)');
      // The file may not grow past the pages it has: the next page needed fails as a full disk does.
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      let caught: unknown = null;
      try {
        db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(50_000));
      } catch (error) {
        caught = error;
      }
      expect(storageError(caught)?.code).toBe('disk-full');
    } finally {
      db.close();
    }
  });

  it('names a cache opened read-only', () => {
    const folder = tempDir('storage-readonly');
    folders.push(folder);
    const file = join(folder.path, 'ro.sqlite');
    const writer = new Database(file);
    writer.exec('CREATE TABLE t (value TEXT)');
    writer.close();
    const db = new Database(file, { readonly: true });
    try {
      expect(() => db.prepare('INSERT INTO t VALUES (?)').run('x')).toThrow();
      let caught: unknown = null;
      try {
        db.prepare('INSERT INTO t VALUES (?)').run('x');
      } catch (error) {
        caught = error;
      }
      expect(storageError(caught)?.code).toBe('disk-read-only');
    } finally {
      db.close();
    }
  });
});
