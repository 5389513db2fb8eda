import { AppError } from '../../shared/domain/errors';

/**
 * SQLite's storage failures as the codes the user is told about. A full disk, a failing disk and
 * a read-only cache each need a different action from the operator (free space, check the disk,
 * fix the folder's permissions); an unexpected "internal" would tell them nothing.
 */
export function storageError(caught: unknown): AppError | null {
  const code = sqliteCode(caught);
  if (code === null) return null;
  const detail = caught instanceof Error ? caught.message : code;
  // Extended codes carry the primary one as their prefix (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED).
  if (code === 'SQLITE_FULL') return new AppError('disk-full', `The disk holding the cache is full (${detail}).`);
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return new AppError('disk-error', `The cache could not be read or written (${detail}).`);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return new AppError('disk-read-only', `The cache cannot be written (${detail}).`);
  return null;
}

function sqliteCode(caught: unknown): string | null {
  if (!(caught instanceof Error)) return null;
  const code = (caught as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}
