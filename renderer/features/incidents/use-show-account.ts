import { useCallback } from 'react';
import { useCurrentAccount } from '../accounts/use-current-account';
import { useSettings } from '../settings/settings-state';

/**
 * Makes an account the current one before going to a screen that shows only the current
 * account (Flows, Wizards): an incident of another account, opened from the notification centre,
 * leads to that account's flows and wizards, not to the ones on screen before.
 */
export function useShowAccount(): (accountId: string) => Promise<void> {
  const current = useCurrentAccount()?.id;
  const update = useSettings((state) => state.update);
  return useCallback(
    async (accountId: string) => {
      if (current !== accountId) await update({ lastAccountId: accountId });
    },
    [current, update],
  );
}
