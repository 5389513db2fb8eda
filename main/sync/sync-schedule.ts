/** Errors only the user can fix: retrying them on a timer would just hammer the API. */
const needsUser = new Set(['invalid-key', 'missing-scope', 'missing-key', 'secret-storage-unavailable', 'key-unreadable', 'secret-file-not-writable']);

/**
 * When to sync an account next, in milliseconds, or null for "not until the user acts".
 * After a success: the interval. After a failure (offline, server trouble): a backoff that starts
 * at 30 s and doubles up to the interval, so a machine that comes back online resumes quickly.
 */
export function nextSyncDelayMs(
  outcome: 'success' | 'failed' | 'cancelled',
  errorCode: string | null,
  consecutiveFailures: number,
  intervalMinutes: number,
): number | null {
  const interval = intervalMinutes * 60_000;
  if (outcome === 'success' || outcome === 'cancelled') return interval;
  if (errorCode !== null && needsUser.has(errorCode)) return null;
  // The sync already spent its budget waiting out the rate limit: trying again in 30 s would only
  // start another storm of waits. The regular interval is the "next sync" the message promises.
  if (errorCode === 'rate-limit-storm') return interval;
  const backoff = 30_000 * 2 ** Math.max(0, consecutiveFailures - 1);
  return Math.min(backoff, interval);
}
