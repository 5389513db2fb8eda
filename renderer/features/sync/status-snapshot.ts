import type { AccountStatus } from '../../../shared/domain/sync';

/**
 * The statuses after a snapshot arrives. Events travel apart from answers, so a status pushed
 * while the snapshot was on its way is newer than the snapshot and is kept: otherwise a sync that
 * finished meanwhile would show "Syncing… 78%" until its next event, which may never come.
 */
export function mergeStatusSnapshot(
  snapshot: readonly AccountStatus[],
  current: Readonly<Record<string, AccountStatus>>,
  pushedSinceSnapshot: ReadonlySet<string>,
): Record<string, AccountStatus> {
  const merged: Record<string, AccountStatus> = Object.fromEntries(snapshot.map((status) => [status.accountId, status]));
  for (const [accountId, status] of Object.entries(current)) {
    if (pushedSinceSnapshot.has(accountId)) merged[accountId] = status;
  }
  return merged;
}
