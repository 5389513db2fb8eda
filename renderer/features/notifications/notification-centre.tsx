import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/error-notice';
import { formatRelative } from '../../lib/format';
import { useRouter } from '../../lib/router-state';
import { useAccounts } from '../accounts/accounts-state';
import { useAlerts } from '../alerts/alerts-state';
import { useSync } from '../sync/sync-status-state';
import { centreEntries, isUnread, type CentreFilter } from './incident-entries';
import { IncidentEntry } from './incident-entry';
import { systemMessages, systemMessageText } from './system-messages';
import { trendText } from './trend-text';

const filters: readonly CentreFilter[] = ['all', 'unread'];
const filterLabels = { all: 'notificationCentre.filterAll', unread: 'notificationCentre.filterUnread' } as const satisfies Record<CentreFilter, string>;

/**
 * The centre's content: problems with syncs and keys first, then every incident, newest first,
 * with what happened to it. Opening one marks it read and goes to its page.
 */
export function NotificationCentre({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const accounts = useAccounts((state) => state.accounts);
  const statuses = useSync((state) => state.statuses);
  const incidents = useAlerts((state) => state.incidents);
  const loaded = useAlerts((state) => state.loaded);
  const errorKey = useAlerts((state) => state.errorKey);
  const reload = useAlerts((state) => state.load);
  const markRead = useAlerts((state) => state.markIncidentsRead);
  const trends = useAlerts((state) => state.trends);
  const [filter, setFilter] = useState<CentreFilter>('all');
  const filterName = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const entries = useMemo(() => centreEntries(incidents, filter), [incidents, filter]);
  const unreadIds = useMemo(() => incidents.filter(isUnread).map((incident) => incident.id), [incidents]);
  const messages = systemMessages(statuses, accounts);
  const now = new Date();

  const openIncident = (incidentId: string) => {
    if (unreadIds.includes(incidentId)) void markRead([incidentId]);
    navigate('incident', incidentId);
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
      <section className="notification-centre__section" aria-labelledby="notification-centre-incidents">
        <h3 id="notification-centre-incidents" ref={headingRef} tabIndex={-1}>
          {t('notificationCentre.incidentsHeading')}
        </h3>
        <div className="centre-toolbar">
          <fieldset className="centre-filter">
            <legend className="centre-filter__legend">{t('notificationCentre.filterLabel')}</legend>
            {filters.map((option) => (
              <label key={option} className="centre-filter__option">
                <input type="radio" name={filterName} value={option} checked={filter === option} onChange={() => setFilter(option)} />
                <span>{t(filterLabels[option])}</span>
              </label>
            ))}
          </fieldset>
          {unreadIds.length > 0 ? (
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                // The button goes with the last unread incident: keep the keyboard in this section.
                if (await markRead(unreadIds)) headingRef.current?.focus();
              }}
            >
              {t('notificationCentre.markAllRead')}
            </button>
          ) : null}
        </div>
        {!loaded ? (
          <p role="status">{t('app.loading')}</p>
        ) : entries.length === 0 ? (
          <p className="notification-centre__empty">
            {filter === 'unread' && incidents.length > 0 ? t('notificationCentre.unreadEmpty') : t('notificationCentre.incidentsEmpty')}
          </p>
        ) : (
          <ol className="incident-entries">
            {entries.map((incident) => (
              <IncidentEntry
                key={incident.id}
                incident={incident}
                account={accounts.find((account) => account.id === incident.accountId)}
                onOpen={() => openIncident(incident.id)}
              />
            ))}
          </ol>
        )}
      </section>
      {trends.length > 0 ? (
        <section className="notification-centre__section" aria-labelledby="notification-centre-trends">
          <h3 id="notification-centre-trends">{t('notificationCentre.trendsHeading')}</h3>
          <ul className="trend-notices">
            {trends.map((notice) => (
              <li key={`${notice.accountId}/${notice.metricId}`} className="trend-notice">
                <p>{trendText(notice, t, i18n.language)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
