import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3…: the schema version after this migration. Append only: never edit a released one. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * Applies every migration above the database's `user_version`, each in its own transaction with
 * the version bump, so a crash mid-migration leaves the previous version intact.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): number {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration versions must be 1..n without gaps (${migration.name})`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > ordered.length) {
    throw new Error(`the cache was written by a newer Storepulse (schema ${current}, this version knows ${ordered.length})`);
  }
  for (const migration of ordered.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return ordered.length;
}
