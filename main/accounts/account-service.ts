import type { AccountSummary } from '../../shared/domain/account';
import { AppError } from '../../shared/domain/errors';
import type { AccountsRepository, StoredAccount } from '../db/repositories/accounts-repository';
import type { Clock, SecretStore } from '../ports';
import type { RemoteAccount } from '../api/account-api';
import { normalizeApiKey } from '../api/api-key';

export interface AccountPreview extends RemoteAccount {
  keyWasTrimmed: boolean;
}

export interface DemoAccountSeed {
  id: string;
  name: string;
  timezone: string;
  currency: string;
}

export interface AccountService {
  list(): AccountSummary[];
  stored(): StoredAccount[];
  get(id: string): StoredAccount | undefined;
  /** Checks a pasted key against the API and shows whose account it opens, saving nothing. */
  preview(rawKey: string): Promise<AccountPreview>;
  /** Saves the key in the secret store and the account in the cache. */
  add(rawKey: string): Promise<{ account: AccountSummary; keyWasTrimmed: boolean }>;
  remove(id: string): Promise<boolean>;
  /** Puts the demo accounts (back) in the list. */
  addDemoAccounts(): AccountSummary[];
  keyFor(account: StoredAccount): Promise<string>;
}

export const demoBaseUrl = 'demo:';

export function createAccountService(deps: {
  repository: AccountsRepository;
  secrets: SecretStore;
  clock: Clock;
  realBaseUrl: string;
  demoAccounts: readonly DemoAccountSeed[];
  demoKeyFor(accountId: string): string | undefined;
  /** Reads the account behind a key (the API's accounts call). */
  fetchAccount(key: string, baseUrl: string): Promise<RemoteAccount>;
}): AccountService {
  const summary = ({ id, name, kind, timezone, currency }: StoredAccount): AccountSummary => ({ id, name, kind, timezone, currency });

  const preview = async (rawKey: string): Promise<AccountPreview> => {
    const { key, trimmed } = normalizeApiKey(rawKey);
    const remote = await deps.fetchAccount(key, deps.realBaseUrl);
    return { ...remote, keyWasTrimmed: trimmed };
  };

  /**
   * The secret store knows keys by reference only; its failures are named by account here, so
   * the operator reads which account's key could not be read or saved.
   */
  const naming = async <T>(accountName: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (caught) {
      if (caught instanceof AppError && (caught.code === 'key-unreadable' || caught.code === 'secret-file-not-writable')) {
        throw new AppError(caught.code, `${accountName}: ${caught.message}`, { ...caught.params, account: accountName });
      }
      throw caught;
    }
  };

  const addDemoAccounts = () => {
    const createdAt = deps.clock.now().toISOString();
    for (const demo of deps.demoAccounts) {
      if (deps.repository.get(demo.id)) continue;
      deps.repository.upsert({ ...demo, kind: 'demo', baseUrl: demoBaseUrl, secretRef: null, createdAt });
    }
    return deps.repository.list().map(summary);
  };

  return {
    list: () => deps.repository.list().map(summary),
    stored: () => deps.repository.list(),
    get: (id) => deps.repository.get(id),
    preview,
    async add(rawKey) {
      const { key } = normalizeApiKey(rawKey);
      const remote = await preview(rawKey);
      const id = `acct-${remote.remoteId}`;
      const secretRef = `account:${id}`;
      await naming(remote.name, () => deps.secrets.set(secretRef, key));
      const existing = deps.repository.get(id);
      const account: StoredAccount = {
        id,
        name: remote.name,
        kind: 'real',
        timezone: remote.timezone,
        currency: remote.currency,
        baseUrl: deps.realBaseUrl,
        secretRef,
        createdAt: existing?.createdAt ?? deps.clock.now().toISOString(),
      };
      deps.repository.upsert(account);
      return { account: summary(account), keyWasTrimmed: remote.keyWasTrimmed };
    },
    async remove(id) {
      const account = deps.repository.get(id);
      if (!account) throw new AppError('not-found', `No account ${id}.`);
      const { secretRef } = account;
      if (secretRef) await naming(account.name, () => deps.secrets.delete(secretRef));
      return deps.repository.remove(id);
    },
    addDemoAccounts,
    async keyFor(account) {
      if (account.kind === 'demo') {
        const key = deps.demoKeyFor(account.id);
        if (!key) throw new AppError('not-found', `Unknown demo account ${account.id}.`);
        return key;
      }
      const { secretRef } = account;
      const key = secretRef ? await naming(account.name, () => deps.secrets.get(secretRef)) : null;
      if (!key) throw new AppError('missing-key', `No key is stored for ${account.name}.`);
      return key;
    },
  };
}
