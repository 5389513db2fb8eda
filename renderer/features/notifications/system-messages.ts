import type { TFunction } from 'i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { AccountStatus } from '../../../shared/domain/sync';

type Problem = Extract<AccountStatus, { state: 'needs-attention' | 'error' }>;

export interface SystemMessage {
  accountId: string;
  accountName: string;
  status: Problem;
}

/** Accounts whose sync failed or whose key needs fixing: what the centre lists beside the alerts. */
export function systemMessages(statuses: Readonly<Record<string, AccountStatus>>, accounts: readonly AccountSummary[]): SystemMessage[] {
  return accounts.flatMap((account) => {
    const status = statuses[account.id];
    if (!status || (status.state !== 'needs-attention' && status.state !== 'error')) return [];
    return [{ accountId: account.id, accountName: account.name, status }];
  });
}

/** The message in the operator's words: which account, what went wrong, what to do. */
export function systemMessageText(message: SystemMessage, t: TFunction, when: (iso: string) => string): string {
  const { status, accountName: account } = message;
  if (status.state === 'needs-attention') {
    if (status.reason === 'missing-scope') return t('notificationCentre.keyMissingScope', { account, scope: status.scope ?? '' });
    if (status.reason === 'missing-key') return t('notificationCentre.keyMissing', { account });
    if (status.reason === 'key-unreadable') return t('notificationCentre.keyUnreadable', { account });
    return t('notificationCentre.keyRefused', { account });
  }
  const reason = t(`errors.${status.code}`, { defaultValue: t('errors.internal'), operation: '', scope: '' });
  return status.nextRetryAt
    ? t('notificationCentre.syncFailedRetry', { account, reason, when: when(status.nextRetryAt) })
    : t('notificationCentre.syncFailed', { account, reason });
}
