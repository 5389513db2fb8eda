import { DateTime } from 'luxon';

/**
 * The spec's transport rules: `Authorization: Klaviyo-API-Key <private key>` (the literal word,
 * one space, the key) and a `revision` header in the form `YYYY-MM-DD[.suffix]`.
 */
const scheme = 'Klaviyo-API-Key';

/** The key after the scheme, exactly as sent (a stray space makes it another key), or null. */
export function readApiKey(authorization: string | undefined): string | null {
  if (authorization === undefined || !authorization.startsWith(`${scheme} `)) return null;
  const key = authorization.slice(scheme.length + 1);
  return key === '' ? null : key;
}

/** What may be kept of an Authorization value: the scheme and the key's first six characters. */
export function redactAuthorization(authorization: string): string {
  const space = authorization.indexOf(' ');
  if (space < 0) return `${authorization.slice(0, 6)}…`;
  return `${authorization.slice(0, space)} ${authorization.slice(space + 1, space + 7)}…`;
}

/** A hint at which key this is, for people: never the whole key. */
export function keyHint(key: string): string {
  return key.length >= 16 ? `${key.slice(0, 6)}…${key.slice(-4)}` : `${key.slice(0, Math.min(6, Math.floor(key.length / 2)))}…`;
}

const revisionPattern = /^(\d{4}-\d{2}-\d{2})(\.[A-Za-z0-9_-]+)?$/;

/** Any well-formed revision of a real date is accepted (our choice: the spec lists none). */
export function isWellFormedRevision(revision: string): boolean {
  const match = revisionPattern.exec(revision);
  return match !== null && DateTime.fromISO(match[1] ?? '', { zone: 'utc' }).isValid;
}
