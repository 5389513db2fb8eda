import type { AccountSummary } from '../../../shared/domain/account';
import { useSettings } from '../settings/settings-state';
import { selectCurrentAccount, useAccounts } from './accounts-state';

/** The account on screen, for screens that need its clock or its currency. */
export function useCurrentAccount(): AccountSummary | undefined {
  const accounts = useAccounts((state) => state.accounts);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  return selectCurrentAccount(accounts, lastAccountId);
}
