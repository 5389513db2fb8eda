import type { Db } from '../connection';
import type { Interval } from '../../../shared/domain/metric';

export interface Watermark {
  metricId: string;
  interval: Interval;
  /** End (exclusive, epoch seconds) of the last complete bucket known to be in the cache. */
  watermark: number;
}

export interface AccountSyncState {
  catalogueRefreshedAt: string | null;
  lastSuccessAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  /** The failure's message parameters (the missing scope, say), so the UI can name them. */
  lastErrorParams: Record<string, string> | null;
  nextRetryAt: string | null;
}

export interface SyncStateRepository {
  watermarks(accountId: string): Watermark[];
  setWatermark(accountId: string, metricId: string, interval: Interval, watermark: number, at: string): void;
  account(accountId: string): AccountSyncState;
  updateAccount(accountId: string, patch: Partial<AccountSyncState>): void;
}

const emptyState: AccountSyncState = {
  catalogueRefreshedAt: null,
  lastSuccessAt: null,
  lastErrorCode: null,
  lastErrorMessage: null,
  lastErrorParams: null,
  nextRetryAt: null,
};

export function createSyncStateRepository(db: Db): SyncStateRepository {
  const watermarkRows = db.prepare<[string], { metricId: string; interval: Interval; watermark: number }>(
    'SELECT metric_id AS metricId, interval, watermark FROM sync_state WHERE account_id = ?',
  );
  // A watermark only ever moves forward: a late or repeated write can never make the cache forget
  // which buckets it already holds.
  const upsertWatermark = db.prepare<[string, string, Interval, number, string]>(`
    INSERT INTO sync_state (account_id, metric_id, interval, watermark, last_success_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (account_id, metric_id, interval) DO UPDATE SET
      watermark = MAX(sync_state.watermark, excluded.watermark),
      last_success_at = excluded.last_success_at,
      last_error = NULL
  `);
  const accountRow = db.prepare<[string], {
    catalogue_refreshed_at: string | null;
    last_success_at: string | null;
    last_error_code: string | null;
    last_error_message: string | null;
    last_error_params: string | null;
    next_retry_at: string | null;
  }>('SELECT * FROM account_sync WHERE account_id = ?');
  const upsertAccount = db.prepare<[string, string | null, string | null, string | null, string | null, string | null, string | null]>(`
    INSERT INTO account_sync (account_id, catalogue_refreshed_at, last_success_at, last_error_code, last_error_message, last_error_params, next_retry_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (account_id) DO UPDATE SET
      catalogue_refreshed_at = excluded.catalogue_refreshed_at,
      last_success_at = excluded.last_success_at,
      last_error_code = excluded.last_error_code,
      last_error_message = excluded.last_error_message,
      last_error_params = excluded.last_error_params,
      next_retry_at = excluded.next_retry_at
  `);

  const account = (accountId: string): AccountSyncState => {
    const row = accountRow.get(accountId);
    if (!row) return { ...emptyState };
    return {
      catalogueRefreshedAt: row.catalogue_refreshed_at,
      lastSuccessAt: row.last_success_at,
      lastErrorCode: row.last_error_code,
      lastErrorMessage: row.last_error_message,
      lastErrorParams: row.last_error_params ? (JSON.parse(row.last_error_params) as Record<string, string>) : null,
      nextRetryAt: row.next_retry_at,
    };
  };

  return {
    watermarks: (accountId) => watermarkRows.all(accountId),
    setWatermark: (accountId, metricId, interval, watermark, at) => {
      upsertWatermark.run(accountId, metricId, interval, watermark, at);
    },
    account,
    updateAccount: (accountId, patch) => {
      const next = { ...account(accountId), ...patch };
      upsertAccount.run(
        accountId,
        next.catalogueRefreshedAt,
        next.lastSuccessAt,
        next.lastErrorCode,
        next.lastErrorMessage,
        next.lastErrorParams ? JSON.stringify(next.lastErrorParams) : null,
        next.nextRetryAt,
      );
    },
  };
}
