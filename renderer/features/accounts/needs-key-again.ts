import type { AccountSummary } from '../../../shared/domain/account';
import type { AccountStatus } from '../../../shared/domain/sync';

/**
 * The accounts whose saved key is gone or can no longer be read: pasting the key again is the
 * only fix. A key the platform refused is a different problem (a new key is needed), said elsewhere.
 */
export function accountsNeedingKey(accounts: readonly AccountSummary[], statuses: Readonly<Record<string, AccountStatus>>): AccountSummary[] {
  return accounts.filter((account) => {
    const status = statuses[account.id];
    return status?.state === 'needs-attention' && (status.reason === 'key-unreadable' || status.reason === 'missing-key');
  });
}
