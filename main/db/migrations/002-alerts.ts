import type { Migration } from '../migrate';

/**
 * Detection's memory: each metric's monitor state (so detection resumes after a restart without
 * re-reading weeks of history), alerts with every transition, snoozes per metric, and the
 * current diagnoses.
 */
export const alertsSchema: Migration = {
  version: 2,
  name: 'alerts, monitor states, snoozes, diagnoses',
  up(db) {
    db.exec(`
      CREATE TABLE monitor_states (
        account_id  TEXT NOT NULL,
        metric_id   TEXT NOT NULL,
        state       TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (account_id, metric_id),
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE alerts (
        id             TEXT PRIMARY KEY,
        account_id     TEXT NOT NULL,
        metric_id      TEXT NOT NULL,
        state          TEXT NOT NULL CHECK (state IN ('active', 'dismissed', 'snoozed', 'resolved')),
        start          TEXT NOT NULL,
        fired_at       TEXT NOT NULL,
        resolved_at    TEXT,
        expected       REAL NOT NULL,
        observed       REAL NOT NULL,
        depth          REAL NOT NULL,
        dismissed_at   TEXT,
        snoozed_until  TEXT,
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      );
      CREATE INDEX alerts_by_metric ON alerts (account_id, metric_id, fired_at);
      CREATE INDEX alerts_by_state ON alerts (account_id, state);

      CREATE TABLE alert_transitions (
        id          INTEGER PRIMARY KEY,
        alert_id    TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        at          TEXT NOT NULL,
        reason      TEXT NOT NULL
      );
      CREATE INDEX alert_transitions_by_alert ON alert_transitions (alert_id, id);

      CREATE TABLE metric_snoozes (
        account_id  TEXT NOT NULL,
        metric_id   TEXT NOT NULL,
        until       TEXT NOT NULL,
        PRIMARY KEY (account_id, metric_id),
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE diagnoses (
        account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        at          TEXT NOT NULL,
        metric_ids  TEXT NOT NULL,
        evidence    TEXT NOT NULL,
        PRIMARY KEY (account_id, kind, metric_ids)
      ) WITHOUT ROWID;
    `);
  },
};
