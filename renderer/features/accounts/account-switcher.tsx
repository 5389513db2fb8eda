import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../settings/settings-state';
import { selectCurrentAccount, useAccounts } from './accounts-state';

export function AccountSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const accounts = useAccounts((state) => state.accounts);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const update = useSettings((state) => state.update);
  const current = selectCurrentAccount(accounts, lastAccountId);
  const label = (account: (typeof accounts)[number]) => (account.kind === 'demo' ? `${account.name} (${t('accounts.demo')})` : account.name);

  return (
    <div className="account-switcher">
      <label htmlFor={id}>{t('accounts.switcherLabel')}</label>
      <select
        id={id}
        // A long name is cut with an ellipsis in the narrow sidebar: the tooltip shows it whole.
        title={current ? label(current) : undefined}
        value={current?.id ?? ''}
        disabled={accounts.length === 0}
        onChange={(event) => void update({ lastAccountId: event.target.value })}
      >
        {accounts.length === 0 ? <option value="">{t('accounts.none')}</option> : null}
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {label(account)}
          </option>
        ))}
      </select>
    </div>
  );
}
