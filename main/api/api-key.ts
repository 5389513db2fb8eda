import { AppError } from '../../shared/domain/errors';

/**
 * Whitespace that sneaks into a pasted key: everything `String.prototype.trim` knows (spaces,
 * tabs, newlines, no-break spaces, BOM) plus the zero-width characters web pages and chat apps
 * insert, which `trim` leaves alone. Stray whitespace around a key is one of the most common
 * causes of "invalid key" (domain.md §2), so we strip it and tell the user we did.
 */
const edgeWhitespace = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** Printable ASCII without spaces: what may travel in an HTTP header without being mangled. */
const headerSafe = /^[\x21-\x7E]+$/;

export interface NormalizedApiKey {
  key: string;
  /** True when whitespace was removed, so the UI can say so. */
  trimmed: boolean;
}

/**
 * Trims a private key as typed or pasted. Whitespace or control characters left *inside* the key
 * are refused rather than silently removed: that key is certainly wrong, and sending it would
 * either be refused by the server or break the header. Error messages never repeat the key.
 */
export function normalizeApiKey(raw: string): NormalizedApiKey {
  const key = raw.replace(edgeWhitespace, '');
  if (key.length === 0) throw new AppError('invalid-key', 'The API key is empty.');
  if (!headerSafe.test(key)) {
    throw new AppError('invalid-key', 'The API key contains spaces or characters a key cannot have.');
  }
  return { key, trimmed: key !== raw };
}
