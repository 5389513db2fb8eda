import type { Migration } from '../migrate';

/**
 * Where each guided wizard stands, so a restart resumes it at the same step. The session is one
 * JSON document (checked with zod when read back) because its shape differs per wizard.
 */
export const wizardProgressSchema: Migration = {
  version: 3,
  name: 'wizard progress',
  up(db) {
    db.exec(`
      CREATE TABLE wizard_progress (
        id          TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        status      TEXT NOT NULL,
        session     TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX wizard_progress_by_account ON wizard_progress (account_id, updated_at);
    `);
  },
};
