import { create } from 'zustand';
import type { AccountSummary } from '../../../shared/domain/account';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

interface AccountsState {
  accounts: AccountSummary[];
  loading: boolean;
  errorKey: string | null;
  load(): Promise<void>;
}

export const useAccounts = create<AccountsState>((set) => ({
  accounts: [],
  loading: true,
  errorKey: null,
  async load() {
    set({ loading: true });
    try {
      const accounts = await unwrap(bridge().accounts.list());
      set({ accounts, loading: false, errorKey: null });
    } catch (error) {
      set({ loading: false, errorKey: errorMessageKey(error) });
    }
  },
}));

/** The account on screen: the last one chosen if it still exists, otherwise the first. */
export function selectCurrentAccount(
  accounts: AccountSummary[],
  lastAccountId: string | null | undefined,
): AccountSummary | undefined {
  return accounts.find((account) => account.id === lastAccountId) ?? accounts[0];
}
