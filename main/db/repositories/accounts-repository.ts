import type { Db } from '../connection';
import type { AccountSummary } from '../../../shared/domain/account';

export interface StoredAccount extends AccountSummary {
  baseUrl: string;
  /** Name of the key's entry in the secret store; null for demo accounts, which need none. */
  secretRef: string | null;
  createdAt: string;
}

export interface AccountsRepository {
  list(): StoredAccount[];
  get(id: string): StoredAccount | undefined;
  upsert(account: StoredAccount): void;
  /** Deletes the account and, through the foreign keys, everything cached for it. */
  remove(id: string): boolean;
}

interface AccountRow {
  id: string;
  name: string;
  kind: 'demo' | 'real';
  timezone: string;
  currency: string;
  base_url: string;
  secret_ref: string | null;
  created_at: string;
}

const fromRow = (row: AccountRow): StoredAccount => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  timezone: row.timezone,
  currency: row.currency,
  baseUrl: row.base_url,
  secretRef: row.secret_ref,
  createdAt: row.created_at,
});

export function createAccountsRepository(db: Db): AccountsRepository {
  const listRows = db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY kind DESC, created_at, rowid');
  const getRow = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const upsertRow = db.prepare<[string, string, string, string, string, string, string | null, string]>(`
    INSERT INTO accounts (id, name, kind, timezone, currency, base_url, secret_ref, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, kind = excluded.kind, timezone = excluded.timezone,
      currency = excluded.currency, base_url = excluded.base_url, secret_ref = excluded.secret_ref
  `);
  const removeRow = db.prepare<[string]>('DELETE FROM accounts WHERE id = ?');

  return {
    list: () => listRows.all().map(fromRow),
    get: (id) => {
      const row = getRow.get(id);
      return row ? fromRow(row) : undefined;
    },
    upsert: (account) => {
      upsertRow.run(
        account.id,
        account.name,
        account.kind,
        account.timezone,
        account.currency,
        account.baseUrl,
        account.secretRef,
        account.createdAt,
      );
    },
    remove: (id) => removeRow.run(id).changes > 0,
  };
}
