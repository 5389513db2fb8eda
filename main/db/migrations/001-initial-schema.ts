import type { Migration } from '../migrate';

/**
 * The cache: accounts, their metric and flow catalogues, hourly and daily series, and what the
 * sync knows about its own progress. Secrets are never stored here: `secret_ref` only names the
 * entry in the OS keychain. Times are epoch seconds (UTC) for buckets, ISO strings elsewhere.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('demo', 'real')),
        timezone    TEXT NOT NULL,
        currency    TEXT NOT NULL,
        base_url    TEXT NOT NULL,
        secret_ref  TEXT,
        created_at  TEXT NOT NULL
      );

      CREATE TABLE metrics (
        account_id            TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        id                    TEXT NOT NULL,
        name                  TEXT NOT NULL,
        integration_name      TEXT,
        integration_category  TEXT,
        created               TEXT,
        updated               TEXT,
        gone                  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, id)
      ) WITHOUT ROWID;

      CREATE TABLE series (
        account_id    TEXT NOT NULL,
        metric_id     TEXT NOT NULL,
        interval      TEXT NOT NULL CHECK (interval IN ('hour', 'day')),
        bucket_start  INTEGER NOT NULL,
        count         REAL NOT NULL,
        sum_value     REAL NOT NULL,
        unique_count  REAL NOT NULL,
        fetched_at    INTEGER NOT NULL,
        PRIMARY KEY (account_id, metric_id, interval, bucket_start),
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE flows (
        account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        id            TEXT NOT NULL,
        name          TEXT NOT NULL,
        status        TEXT,
        trigger_type  TEXT,
        archived      INTEGER NOT NULL DEFAULT 0,
        created       TEXT,
        updated       TEXT,
        gone          INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, id)
      ) WITHOUT ROWID;

      CREATE TABLE flow_triggers (
        account_id  TEXT NOT NULL,
        flow_id     TEXT NOT NULL,
        metric_id   TEXT NOT NULL,
        PRIMARY KEY (account_id, flow_id, metric_id),
        FOREIGN KEY (account_id, flow_id) REFERENCES flows (account_id, id) ON DELETE CASCADE,
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX flow_triggers_by_metric ON flow_triggers (account_id, metric_id);

      CREATE TABLE sync_state (
        account_id      TEXT NOT NULL,
        metric_id       TEXT NOT NULL,
        interval        TEXT NOT NULL CHECK (interval IN ('hour', 'day')),
        watermark       INTEGER NOT NULL,
        last_success_at TEXT,
        last_error      TEXT,
        PRIMARY KEY (account_id, metric_id, interval),
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE account_sync (
        account_id              TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
        catalogue_refreshed_at  TEXT,
        last_success_at         TEXT,
        last_error_code         TEXT,
        last_error_message      TEXT,
        last_error_params       TEXT,
        next_retry_at           TEXT
      );

      CREATE TABLE sync_runs (
        id                      INTEGER PRIMARY KEY,
        account_id              TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        started_at              TEXT NOT NULL,
        ended_at                TEXT,
        outcome                 TEXT,
        requests                INTEGER NOT NULL DEFAULT 0,
        requests_by_operation   TEXT NOT NULL DEFAULT '{}',
        rows_written            INTEGER NOT NULL DEFAULT 0,
        error_code              TEXT,
        error_message           TEXT
      );
      CREATE INDEX sync_runs_by_account ON sync_runs (account_id, started_at);
    `);
  },
};
