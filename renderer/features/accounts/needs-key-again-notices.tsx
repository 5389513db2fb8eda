import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { AccountStatus } from '../../../shared/domain/sync';
import { accountsNeedingKey } from './needs-key-again';

/** One line per account whose key must be pasted again, naming it, above the form to do so. */
export function NeedsKeyAgainNotices({ accounts, statuses }: { accounts: readonly AccountSummary[]; statuses: Readonly<Record<string, AccountStatus>> }) {
  const { t } = useTranslation();
  return (
    <>
      {accountsNeedingKey(accounts, statuses).map((account) => (
        <p key={account.id} className="notice" role="alert">
          {t('accounts.needsKeyAgain', { name: account.name })}
        </p>
      ))}
    </>
  );
}
