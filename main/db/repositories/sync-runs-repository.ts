import type { Db } from '../connection';

export interface SyncRunRecord {
  id: number;
  accountId: string;
  startedAt: string;
  endedAt: string | null;
  outcome: 'success' | 'failed' | 'cancelled' | 'interrupted' | null;
  requests: number;
  requestsByOperation: Record<string, number>;
  rowsWritten: number;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface SyncRunsRepository {
  start(accountId: string, startedAt: string): number;
  finish(id: number, result: Omit<SyncRunRecord, 'id' | 'accountId' | 'startedAt'>): void;
  recent(accountId: string, limit: number): SyncRunRecord[];
  /**
   * Closes every run still open as interrupted, ended at `foundAt`. Only at start-up, before any
   * run of this process begins: an open row then belongs to a process that died mid-run.
   */
  closeInterrupted(foundAt: string): number;
}

interface RunRow {
  id: number;
  account_id: string;
  started_at: string;
  ended_at: string | null;
  outcome: SyncRunRecord['outcome'];
  requests: number;
  requests_by_operation: string;
  rows_written: number;
  error_code: string | null;
  error_message: string | null;
}

export function createSyncRunsRepository(db: Db): SyncRunsRepository {
  const insert = db.prepare<[string, string]>('INSERT INTO sync_runs (account_id, started_at) VALUES (?, ?)');
  const update = db.prepare<[string | null, string | null, number, string, number, string | null, string | null, number]>(`
    UPDATE sync_runs SET ended_at = ?, outcome = ?, requests = ?, requests_by_operation = ?, rows_written = ?,
      error_code = ?, error_message = ?
    WHERE id = ?
  `);
  const recentRows = db.prepare<[string, number], RunRow>(
    'SELECT * FROM sync_runs WHERE account_id = ? ORDER BY id DESC LIMIT ?',
  );
  const closeOpen = db.prepare<[string]>(
    "UPDATE sync_runs SET ended_at = ?, outcome = 'interrupted' WHERE ended_at IS NULL",
  );
  return {
    closeInterrupted: (foundAt) => closeOpen.run(foundAt).changes,
    start: (accountId, startedAt) => Number(insert.run(accountId, startedAt).lastInsertRowid),
    finish: (id, r) => {
      update.run(r.endedAt, r.outcome, r.requests, JSON.stringify(r.requestsByOperation), r.rowsWritten, r.errorCode, r.errorMessage, id);
    },
    recent: (accountId, limit) =>
      recentRows.all(accountId, limit).map((row) => ({
        id: row.id,
        accountId: row.account_id,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        outcome: row.outcome,
        requests: row.requests,
        requestsByOperation: JSON.parse(row.requests_by_operation) as Record<string, number>,
        rowsWritten: row.rows_written,
        errorCode: row.error_code,
        errorMessage: row.error_message,
      })),
  };
}
