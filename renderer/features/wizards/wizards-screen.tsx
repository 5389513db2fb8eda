import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { useRouter } from '../../lib/router-state';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-state';
import { useSettings } from '../settings/settings-state';
import { WizardHub } from './wizard-hub';
import { wizardForFocus } from './wizard-focus';
import { WizardSession } from './wizard-session';
import { useWizards } from './wizards-state';
import './wizards.css';

/**
 * The guided wizards of the current account. Another screen may open this one on an alert or a
 * diagnosis (the router's focus id): the matching wizard starts right away. Progress lives in
 * main, so a wizard left half-way is offered again here, at the step it was left on.
 */
export function WizardsScreen() {
  const { t } = useTranslation();
  const accounts = useAccounts((state) => state.accounts);
  const accountsLoading = useAccounts((state) => state.loading);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const account = selectCurrentAccount(accounts, lastAccountId);
  const accountId = account?.id;
  const focusId = useRouter((state) => state.focusId);
  const navigate = useRouter((state) => state.navigate);
  const { sessions, listLoaded, view, busy, errorKey, loadList, start, open, remove, close } = useWizards();

  useEffect(() => {
    if (accountId) void loadList(accountId);
  }, [accountId, view?.session.id, view?.session.status, loadList]);

  // Consume the focus once: the router keeps it until something else navigates.
  const consumed = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId) consumed.current = null;
    if (!focusId || !accountId || consumed.current === focusId) return;
    consumed.current = focusId;
    const { kind, origin } = wizardForFocus(focusId);
    void start(kind, accountId, origin);
    navigate('wizards');
  }, [focusId, accountId, start, navigate]);

  const title = t('wizards.title');
  if (!account) {
    return (
      <Screen title={title}>
        {accountsLoading ? <p role="status">{t('wizardsScreen.loading')}</p> : <EmptyState title={title} body={t('wizardsScreen.noAccount')} />}
      </Screen>
    );
  }

  const shown = view && view.session.accountId === account.id ? view : null;
  // A test order that never arrived: troubleshooting starts from its platform and what the checks saw.
  const handover = () => {
    if (!shown) return;
    const { platform, email } = shown.session.input;
    const outcome = shown.session.testOrder?.profileFound ? 'no-event' : 'no-profile';
    void start('troubleshoot', account.id, {
      ...(platform && platform !== 'other' ? { integration: platform } : {}),
      testOrderOutcome: outcome,
      ...(email ? { email } : {}),
    });
  };
  return (
    <Screen title={title}>
      {errorKey ? <ErrorNotice messageKey={errorKey} onRetry={() => void loadList(account.id)} /> : null}
      {shown ? (
        <WizardSession view={shown} onHandover={handover} />
      ) : !listLoaded ? (
        <p role="status">{t('wizardsScreen.loading')}</p>
      ) : (
        <WizardHub
          sessions={sessions}
          busy={busy}
          onStart={(kind) => {
            close();
            void start(kind, account.id);
          }}
          onOpen={(sessionId) => void open(sessionId)}
          onDiscard={(sessionId) => void remove(sessionId, account.id)}
        />
      )}
    </Screen>
  );
}
