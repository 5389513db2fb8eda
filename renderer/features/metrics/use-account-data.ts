import type { AccountStatus } from '../../../shared/domain/sync';
import type { AccountSummary } from '../../../shared/domain/account';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-state';
import { useSettings } from '../settings/settings-state';
import { useSync } from '../sync/sync-status-state';

/** The account on screen, as the sidebar's switcher shows it. */
export function useCurrentAccount(): { account: AccountSummary | undefined; loading: boolean } {
  const accounts = useAccounts((state) => state.accounts);
  const loading = useAccounts((state) => state.loading && state.accounts.length === 0);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  return { account: selectCurrentAccount(accounts, lastAccountId), loading };
}

/** When the account last finished a sync: reading again when it changes shows the new data. */
export function lastSyncedAt(status: AccountStatus | undefined): string | null {
  return status && 'lastSyncedAt' in status ? status.lastSyncedAt : null;
}

/** The first sync is under way: nothing complete to show yet. */
export function firstSyncRunning(status: AccountStatus | undefined): boolean {
  return status?.state === 'never-synced' || (status?.state === 'syncing' && status.lastSyncedAt === null);
}

export function useAccountSyncStatus(accountId: string | undefined): AccountStatus | undefined {
  return useSync((state) => (accountId ? state.statuses[accountId] : undefined));
}
