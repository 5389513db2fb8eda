import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/error-notice';
import { useSettings } from '../settings/settings-state';
import { useSync } from '../sync/sync-status-state';
import { useAccounts } from './accounts-state';
import { keyCheckMessage } from './key-check-message';
import { NeedsKeyAgainNotices } from './needs-key-again-notices';

/** Add an account from its private key, remove one (its cache goes with it), restore the demo. */
export function AccountsSection() {
  const { t } = useTranslation();
  const keyId = useId();
  const { accounts, preview, busy, errorKey, errorParams, checkKey, add, remove, addDemo, clearPreview } = useAccounts();
  const update = useSettings((state) => state.update);
  const statuses = useSync((state) => state.statuses);
  const [key, setKey] = useState('');
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  const hasDemo = accounts.some((account) => account.kind === 'demo');

  return (
    <section className="card settings-section" aria-labelledby={`${keyId}-heading`}>
      <h2 id={`${keyId}-heading`}>{t('accounts.title')}</h2>
      <ul className="account-list">
        {accounts.map((account) => (
          <li key={account.id} className="account-list__item">
            <span>
              <strong>{account.name}</strong> · {account.timezone}
              {account.kind === 'demo' ? ` · ${t('accounts.demo')}` : ''}
            </span>
            {confirmingRemoval === account.id ? (
              <span className="account-list__confirm" role="group" aria-label={t('accounts.confirmRemoval', { name: account.name })}>
                {t('accounts.confirmRemoval', { name: account.name })}
                <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove(account.id).then(() => setConfirmingRemoval(null))}>
                  {t('accounts.remove')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmingRemoval(null)}>
                  {t('accounts.keep')}
                </button>
              </span>
            ) : (
              <button type="button" className="button" onClick={() => setConfirmingRemoval(account.id)}>
                {t('accounts.removeEllipsis')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!hasDemo ? (
        <button type="button" className="button" onClick={() => void addDemo()}>
          {t('accounts.addDemo')}
        </button>
      ) : null}

      <NeedsKeyAgainNotices accounts={accounts} statuses={statuses} />

      <h3>{t('accounts.addTitle')}</h3>
      <form
        className="add-account"
        onSubmit={(event) => {
          event.preventDefault();
          void checkKey(key);
        }}
      >
        <div className="field field--wide">
          <label htmlFor={keyId}>{t('accounts.keyLabel')}</label>
          <input
            id={keyId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            placeholder="pk_…"
            onChange={(event) => {
              setKey(event.target.value);
              clearPreview();
            }}
          />
          <p className="hint">{t('accounts.keyHint')}</p>
        </div>
        <button type="submit" className="button" disabled={busy || key.length === 0}>
          {busy && !preview ? t('accounts.checking') : t('accounts.check')}
        </button>
      </form>
      {errorKey ? (
        <ErrorNotice titleKey={keyCheckMessage(errorKey).titleKey} messageKey={keyCheckMessage(errorKey).bodyKey} params={errorParams} />
      ) : null}
      {preview ? (
        <div className="preview" role="region" aria-label={t('accounts.previewLabel')}>
          {preview.keyWasTrimmed ? <p className="notice">{t('accounts.trimmedNotice')}</p> : null}
          <p>{t('accounts.previewText', { name: preview.name, timezone: preview.timezone, currency: preview.currency })}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void add(key).then((account) => {
                if (!account) return;
                setKey('');
                void update({ lastAccountId: account.id });
              })
            }
          >
            {t('accounts.confirmAdd')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
