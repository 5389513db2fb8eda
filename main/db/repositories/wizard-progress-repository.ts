import type { Db } from '../connection';

/** Stored wizard sessions as the JSON text they were saved as; the caller validates it. */
export interface WizardProgressRow {
  id: string;
  accountId: string;
  session: string;
}

export interface WizardProgressRepository {
  save(row: { id: string; accountId: string; kind: string; status: string; session: string; updatedAt: string }): void;
  get(id: string): WizardProgressRow | undefined;
  /** Most recently touched first. */
  list(accountId: string | null): WizardProgressRow[];
  remove(id: string): boolean;
}

export function createWizardProgressRepository(db: Db): WizardProgressRepository {
  const upsert = db.prepare<[string, string, string, string, string, string]>(`
    INSERT INTO wizard_progress (id, account_id, kind, status, session, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET status = excluded.status, session = excluded.session, updated_at = excluded.updated_at
  `);
  const one = db.prepare<[string], { id: string; account_id: string; session: string }>('SELECT id, account_id, session FROM wizard_progress WHERE id = ?');
  const all = db.prepare<[], { id: string; account_id: string; session: string }>('SELECT id, account_id, session FROM wizard_progress ORDER BY updated_at DESC, id');
  const byAccount = db.prepare<[string], { id: string; account_id: string; session: string }>(
    'SELECT id, account_id, session FROM wizard_progress WHERE account_id = ? ORDER BY updated_at DESC, id',
  );
  const del = db.prepare<[string]>('DELETE FROM wizard_progress WHERE id = ?');
  const toRow = (r: { id: string; account_id: string; session: string }): WizardProgressRow => ({ id: r.id, accountId: r.account_id, session: r.session });
  return {
    save: (row) => {
      upsert.run(row.id, row.accountId, row.kind, row.status, row.session, row.updatedAt);
    },
    get: (id) => {
      const row = one.get(id);
      return row ? toRow(row) : undefined;
    },
    list: (accountId) => (accountId === null ? all.all() : byAccount.all(accountId)).map(toRow),
    remove: (id) => del.run(id).changes > 0,
  };
}
