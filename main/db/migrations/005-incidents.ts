import type { Migration } from '../migrate';

/**
 * Incidents: the drops of one account that began together and share a cause, told once. Each
 * alert belongs to at most one incident (`alerts.incident_id`, filled by the next evaluation for
 * alerts recorded before incidents existed). The incident keeps what the operator did about it
 * (snooze, dismiss, read), its cost as last estimated (frozen when it resolves) and a timeline.
 */
export const incidentsSchema: Migration = {
  version: 5,
  name: 'incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id             TEXT PRIMARY KEY,
        account_id     TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        grouping       TEXT NOT NULL CHECK (grouping IN ('single', 'integration', 'diagnosis', 'funnel')),
        start          TEXT NOT NULL,
        fired_at       TEXT NOT NULL,
        end_at         TEXT,
        resolved_at    TEXT,
        diagnosis_kind TEXT,
        snoozed_until  TEXT,
        dismissed_at   TEXT,
        read_at        TEXT,
        notified_at    TEXT,
        cost           TEXT NOT NULL
      );
      CREATE INDEX incidents_by_account ON incidents (account_id, resolved_at, start);

      CREATE TABLE incident_events (
        id           INTEGER PRIMARY KEY,
        incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at           TEXT NOT NULL,
        kind         TEXT NOT NULL,
        metric_id    TEXT,
        by           TEXT NOT NULL CHECK (by IN ('detector', 'this-computer')),
        until        TEXT
      );
      CREATE INDEX incident_events_by_incident ON incident_events (incident_id, id);

      ALTER TABLE alerts ADD COLUMN incident_id TEXT REFERENCES incidents (id) ON DELETE SET NULL;
      CREATE INDEX alerts_by_incident ON alerts (incident_id);
    `);
  },
};
