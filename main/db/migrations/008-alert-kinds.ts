import type { Migration } from '../migrate';

/**
 * What an alert judged: the count falling (every alert before this version), the value of a
 * metric with values falling while its count holds, or a harmful metric rising. The monitors of
 * the two new kinds keep their own states beside the count's (`monitor_states` stays the count's,
 * so its rows need no rewrite); like those, they are rebuilt from the cached series when absent.
 */
export const alertKindsSchema: Migration = {
  version: 8,
  name: 'alert-kinds',
  up(db) {
    db.exec(`
      ALTER TABLE alerts ADD COLUMN kind TEXT NOT NULL DEFAULT 'count-down' CHECK (kind IN ('count-down', 'value-down', 'rise-harmful'));
      CREATE TABLE kind_monitor_states (
        account_id  TEXT NOT NULL,
        metric_id   TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('value-down', 'rise-harmful')),
        state       TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (account_id, metric_id, kind),
        FOREIGN KEY (account_id, metric_id) REFERENCES metrics (account_id, id) ON DELETE CASCADE
      ) WITHOUT ROWID;
    `);
  },
};
