import type { Migration } from '../migrate';

/**
 * Per-metric monitor settings: a sensitivity over the account's, a mute with its end, and a
 * minimum hourly volume below which the metric is watched daily. A row exists only while one of
 * them differs from the default; the user's own choices, so the cache backup keeps them.
 */
export const metricMonitorsSchema: Migration = {
  version: 6,
  name: 'metric-monitors',
  up(db) {
    db.exec(`
      CREATE TABLE metric_monitors (
        account_id         TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        metric_id          TEXT NOT NULL,
        sensitivity        TEXT CHECK (sensitivity IN ('low', 'normal', 'high')),
        muted_until        TEXT,
        min_hourly_volume  REAL CHECK (min_hourly_volume > 0),
        updated_at         TEXT NOT NULL,
        PRIMARY KEY (account_id, metric_id)
      );
    `);
  },
};
