import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { useRouter } from '../../lib/router-state';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-state';
import { activeAlerts, useAlerts } from '../alerts/alerts-state';
import { alertsOutsideIncidents, openUnmutedIncidents } from '../incidents/incident-selectors';
import { useSettings } from '../settings/settings-state';
import { useSync } from '../sync/sync-status-state';
import { AlertBanners } from './alert-banners';
import { DiagnosisCards } from './diagnosis-cards';
import { HeadlineCards } from './headline-cards';
import { HomeSyncSummary } from './home-sync-summary';
import { useHomeData } from './use-home-data';
import { useNow } from './use-now';
import './home.css';

/** Home: the current account's alerts, sync, headline metrics and probable causes. */
export function HomeScreen() {
  const { t } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const accounts = useAccounts((state) => state.accounts);
  const loading = useAccounts((state) => state.loading);
  const errorKey = useAccounts((state) => state.errorKey);
  const load = useAccounts((state) => state.load);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const account = selectCurrentAccount(accounts, lastAccountId);

  let content;
  if (account) content = <AccountHome key={account.id} account={account} />;
  else if (errorKey) content = <ErrorNotice messageKey={errorKey} onRetry={() => void load()} />;
  else if (loading) content = <p role="status">{t('homeScreen.loading')}</p>;
  else
    content = (
      <>
        <EmptyState icon="◎" title={t('homeScreen.noAccountTitle')} body={t('homeScreen.noAccountBody')} />
        <p className="home-centred">
          <button type="button" className="button button--primary" onClick={() => navigate('settings')}>
            {t('homeScreen.openSettings')}
          </button>
        </p>
      </>
    );
  return (
    <Screen title={t('home.title')}>
      <div className="home">{content}</div>
    </Screen>
  );
}

function AccountHome({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const now = useNow();
  const status = useSync((state) => state.statuses[account.id]);
  const statusFailed = useSync((state) => state.errorKey !== null);
  // Until the account's status is known, when it last synced is unknown too: loading the figures
  // then would load them twice (once more when the status arrives and moves the window).
  const lastSyncedAt = status ? ('lastSyncedAt' in status ? status.lastSyncedAt : null) : statusFailed ? null : undefined;
  const { data, retry } = useHomeData(account.id, lastSyncedAt, account.timezone);
  const alerts = useAlerts((state) => state.alerts);
  const allDiagnoses = useAlerts((state) => state.diagnoses);
  const allIncidents = useAlerts((state) => state.incidents);
  const alertsLoaded = useAlerts((state) => state.loaded);
  const alertsError = useAlerts((state) => state.errorKey);
  const reloadAlerts = useAlerts((state) => state.load);

  // One banner per open incident nobody muted, the most recent first: the one the operator has not seen yet.
  const incidents = useMemo(
    () => openUnmutedIncidents(allIncidents, account.id).sort((a, b) => Date.parse(b.start) - Date.parse(a.start)),
    [allIncidents, account.id],
  );
  // An active alert every incident leaves out (muted ones included) still gets its own banner.
  const active = useMemo(
    () => alertsOutsideIncidents(activeAlerts(alerts, account.id), allIncidents).sort((a, b) => Date.parse(b.start) - Date.parse(a.start)),
    [alerts, allIncidents, account.id],
  );
  const diagnoses = useMemo(() => allDiagnoses.filter((diagnosis) => diagnosis.accountId === account.id), [allDiagnoses, account.id]);
  const metrics = data.state === 'ready' ? data.metrics : null;

  const firstSyncRunning = status?.state === 'never-synced' || (status?.state === 'syncing' && status.lastSyncedAt === null);
  const noData = data.state === 'ready' && data.metrics.length === 0;
  const quiet = alertsLoaded && !alertsError && incidents.length === 0 && active.length === 0 && diagnoses.length === 0;

  return (
    <>
      <p className="home__context">{t('homeScreen.context', { account: account.name, timezone: account.timezone })}</p>
      {alertsError ? <ErrorNotice messageKey={alertsError} onRetry={() => void reloadAlerts()} /> : null}
      {alertsLoaded ? <AlertBanners account={account} incidents={incidents} alerts={active} metrics={metrics} now={now} /> : <p role="status">{t('homeScreen.loading')}</p>}
      {firstSyncRunning || noData ? (
        <FirstSyncState running={firstSyncRunning} />
      ) : quiet && data.state === 'ready' ? (
        <EmptyState icon="✓" title={t('home.emptyTitle')} body={t('home.emptyBody')} />
      ) : null}
      <HomeSyncSummary account={account} now={now} />
      {firstSyncRunning || noData ? null : (
        <>
          <HeadlineCards account={account} data={data} onRetry={retry} />
          <DiagnosisCards account={account} diagnoses={diagnoses} incidents={allIncidents} metrics={metrics} now={now} />
        </>
      )}
    </>
  );
}

/** Before the first sync brings anything: what is happening, and what this page will show. */
function FirstSyncState({ running }: { running: boolean }) {
  const { t } = useTranslation();
  const title = running ? t('homeScreen.firstSyncTitle') : t('homeScreen.noDataTitle');
  return (
    <section className="empty-state home-first-sync" aria-labelledby="home-first-sync-heading">
      <div className="empty-state__icon" aria-hidden="true">
        ◌
      </div>
      <h2 id="home-first-sync-heading" className="empty-state__title">
        {title}
      </h2>
      <p className="empty-state__body">{running ? t('homeScreen.firstSyncBody') : t('homeScreen.noDataBody')}</p>
      <p className="empty-state__body">{t('home.emptyBody')}</p>
    </section>
  );
}
