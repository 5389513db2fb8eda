import type { AccountStatus, SyncProgress } from '../../shared/domain/sync';
import type { AccountSyncState } from '../db/repositories/sync-state-repository';

const offlineCodes = new Set(['unreachable', 'timeout']);

function offline(accountId: string, lastSyncedAt: string | null, now: Date, retrying: boolean): AccountStatus {
  const cacheAgeSeconds = lastSyncedAt ? Math.max(0, Math.round((now.getTime() - Date.parse(lastSyncedAt)) / 1000)) : null;
  return { accountId, state: 'offline', lastSyncedAt, cacheAgeSeconds, retrying };
}

/**
 * One status line per account, from what the sync knows. Pure, so every case is a table row:
 * a run whose latest request attempt found no network is offline at once (its retries go on in
 * the background), then a running sync, then problems the user must fix, then being offline,
 * then other errors.
 *
 * `waitingUntil` is when a running sync that waits out the API's rate limit resumes.
 *
 * `latestAttempt` is the code of the running sync's latest request attempt (null for a success
 * or when no run is going on).
 */
export function deriveAccountStatus(
  accountId: string,
  state: AccountSyncState,
  running: SyncProgress | null,
  now: Date,
  latestAttempt: string | null = null,
  waitingUntil: string | null = null,
): AccountStatus {
  const lastSyncedAt = state.lastSuccessAt;
  if (latestAttempt !== null && offlineCodes.has(latestAttempt)) return offline(accountId, lastSyncedAt, now, true);
  if (running) {
    const percent = running.total === 0 ? 0 : Math.round((running.done / running.total) * (running.phase === 'catalogue' ? 10 : 100));
    const syncing = { accountId, state: 'syncing' as const, percent: Math.min(100, Math.max(0, percent)), lastSyncedAt };
    return waitingUntil === null ? syncing : { ...syncing, waitingUntil };
  }
  const code = state.lastErrorCode;
  if (code === 'invalid-key' || code === 'missing-scope' || code === 'missing-key' || code === 'key-unreadable') {
    const scope = code === 'missing-scope' ? (state.lastErrorParams?.['scope'] ?? null) : null;
    return { accountId, state: 'needs-attention', reason: code, scope, lastSyncedAt };
  }
  if (code && offlineCodes.has(code)) return offline(accountId, lastSyncedAt, now, false);
  if (code && code !== 'cancelled') {
    return { accountId, state: 'error', code, nextRetryAt: state.nextRetryAt, lastSyncedAt };
  }
  if (lastSyncedAt) return { accountId, state: 'up-to-date', lastSyncedAt };
  return { accountId, state: 'never-synced' };
}
