import { errorCodeSchema } from '../../shared/domain/errors';
import type { SyncRun, SyncRunOutcome } from '../../shared/domain/sync-run';
import type { SyncRunRecord, SyncRunsRepository } from '../db/repositories/sync-runs-repository';

/** The account's latest runs, newest first, as Settings > Recent syncs shows them. */
export function syncHistory(runs: SyncRunsRepository, accountId: string, limit: number): SyncRun[] {
  return runs.recent(accountId, limit).map(toSyncRun);
}

function toSyncRun(record: SyncRunRecord): SyncRun {
  // A code written by an older or newer version that this one does not know reads as internal.
  const code = record.errorCode === null ? null : errorCodeSchema.catch('internal').parse(record.errorCode);
  return {
    id: record.id,
    accountId: record.accountId,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    outcome: outcomeOf(record),
    errorCode: code,
    rowsWritten: record.rowsWritten,
  };
}

function outcomeOf(record: SyncRunRecord): SyncRunOutcome {
  switch (record.outcome) {
    case 'success':
      return 'completed';
    case 'failed':
    case 'cancelled':
    case 'interrupted':
      return record.outcome;
    case null:
      return 'running';
  }
}
