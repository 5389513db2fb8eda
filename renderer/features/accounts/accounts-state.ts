import { create } from 'zustand';
import type { AccountPreview, AccountSummary } from '../../../shared/domain/account';
import { bridge, errorMessageKey, unwrap, BridgeError } from '../../lib/bridge';

interface AccountsState {
  accounts: AccountSummary[];
  loading: boolean;
  errorKey: string | null;
  errorParams: Record<string, string> | undefined;
  preview: AccountPreview | null;
  busy: boolean;
  load(): Promise<void>;
  checkKey(key: string): Promise<void>;
  add(key: string): Promise<AccountSummary | null>;
  remove(accountId: string): Promise<void>;
  addDemo(): Promise<void>;
  clearPreview(): void;
}

export const useAccounts = create<AccountsState>((set, get) => {
  const fail = (error: unknown) =>
    set({ busy: false, loading: false, errorKey: errorMessageKey(error), errorParams: error instanceof BridgeError ? error.params : undefined });
  return {
    accounts: [],
    loading: true,
    errorKey: null,
    errorParams: undefined,
    preview: null,
    busy: false,
    async load() {
      set({ loading: true });
      try {
        const accounts = await unwrap(bridge().accounts.list());
        set({ accounts, loading: false, errorKey: null });
      } catch (error) {
        fail(error);
      }
    },
    async checkKey(key) {
      set({ busy: true, errorKey: null, preview: null });
      try {
        set({ preview: await unwrap(bridge().accounts.preview({ key })), busy: false });
      } catch (error) {
        fail(error);
      }
    },
    async add(key) {
      set({ busy: true, errorKey: null });
      try {
        const { account } = await unwrap(bridge().accounts.add({ key }));
        set({ busy: false, preview: null });
        await get().load();
        return account;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    async remove(accountId) {
      set({ busy: true, errorKey: null });
      try {
        await unwrap(bridge().accounts.remove({ accountId }));
        set({ busy: false });
        await get().load();
      } catch (error) {
        fail(error);
      }
    },
    async addDemo() {
      try {
        set({ accounts: await unwrap(bridge().accounts.addDemo()) });
      } catch (error) {
        fail(error);
      }
    },
    clearPreview() {
      set({ preview: null, errorKey: null });
    },
  };
});

/** The account on screen: the last one chosen if it still exists, otherwise the first. */
export function selectCurrentAccount(
  accounts: AccountSummary[],
  lastAccountId: string | null | undefined,
): AccountSummary | undefined {
  return accounts.find((account) => account.id === lastAccountId) ?? accounts[0];
}
