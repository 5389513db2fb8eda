import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/error-notice';
import { formatRelative } from '../../lib/format';
import { useRouter } from '../../lib/router-state';
import { useAccounts } from '../accounts/accounts-state';
import { useAlerts } from '../alerts/alerts-state';
import { useSettings } from '../settings/settings-state';
import { useSync } from '../sync/sync-status-state';
import { alertEpisodes, type AlertEpisode } from './alert-episodes';
import { EpisodeItem } from './episode-item';
import { systemMessages, systemMessageText } from './system-messages';

/** The centre's content: problems with syncs and keys first, then every alert episode, newest first. */
export function NotificationCentre({ fresh, onClose }: { fresh: readonly string[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const accounts = useAccounts((state) => state.accounts);
  const statuses = useSync((state) => state.statuses);
  const history = useAlerts((state) => state.history);
  const alerts = useAlerts((state) => state.alerts);
  const loaded = useAlerts((state) => state.loaded);
  const errorKey = useAlerts((state) => state.errorKey);
  const reload = useAlerts((state) => state.load);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const update = useSettings((state) => state.update);

  const episodes = useMemo(() => alertEpisodes(history, alerts), [history, alerts]);
  const messages = systemMessages(statuses, accounts);
  const now = new Date();

  const openMetric = (episode: AlertEpisode) => {
    if (!episode.alert) return;
    // The metric screen shows the current account: switch to the alert's first.
    if (episode.accountId !== lastAccountId) void update({ lastAccountId: episode.accountId });
    navigate('metrics', episode.alert.metricId);
    onClose();
  };

  return (
    <div className="notification-centre__panel">
      <header className="notification-centre__header">
        <h2 id="notification-centre-title">{t('notificationCentre.title')}</h2>
        {/* The content mounts after showModal(), too late for the dialog's own focusing: take it here. */}
        <button type="button" className="button button--small" onClick={onClose} autoFocus>
          {t('notificationCentre.close')}
        </button>
      </header>
      {errorKey ? <ErrorNotice messageKey={errorKey} onRetry={() => void reload()} /> : null}
      {messages.length > 0 ? (
        <section className="notification-centre__section" aria-labelledby="notification-centre-system">
          <h3 id="notification-centre-system">{t('notificationCentre.systemHeading')}</h3>
          <ul className="system-messages">
            {messages.map((message) => (
              <li key={message.accountId} className="system-message">
                <p>{systemMessageText(message, t, (iso) => formatRelative(iso, now, i18n.language))}</p>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    navigate('settings');
                    onClose();
                  }}
                >
                  {t('notificationCentre.openSettings')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="notification-centre__section" aria-labelledby="notification-centre-alerts">
        <h3 id="notification-centre-alerts">{t('notificationCentre.alertsHeading')}</h3>
        {!loaded ? (
          <p role="status">{t('app.loading')}</p>
        ) : episodes.length === 0 ? (
          <p className="notification-centre__empty">{t('notificationCentre.empty')}</p>
        ) : (
          <ol className="episodes">
            {episodes.map((episode) => (
              <EpisodeItem
                key={episode.alertId}
                episode={episode}
                account={accounts.find((account) => account.id === episode.accountId)}
                showAccount={accounts.length > 1}
                fresh={fresh.includes(episode.alertId)}
                onOpen={() => openMetric(episode)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
