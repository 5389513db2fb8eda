import type { Migration } from '../migrate';

/**
 * Facts about the cache file itself, starting with the app version that last migrated it, so a
 * cache written by a newer Storepulse can be named ("written by 0.3.0") when an older one refuses it.
 */
export const appMetaSchema: Migration = {
  version: 4,
  name: 'app meta',
  up(db) {
    db.exec(`
      CREATE TABLE app_meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
