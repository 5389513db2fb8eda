import type { Migration } from '../migrate';

/**
 * The evidence an alert states: the chance of so few events over its span (first anomalous hour
 * to the hour it fired) with nothing wrong. Frozen when the alert fires, like its figures. Null on
 * alerts fired before the detector reported it: their sentence is simply not shown.
 */
export const alertEvidenceSchema: Migration = {
  version: 7,
  name: 'alert-evidence',
  up(db) {
    db.exec(`ALTER TABLE alerts ADD COLUMN probability REAL CHECK (probability IS NULL OR (probability >= 0 AND probability <= 1));`);
  },
};
