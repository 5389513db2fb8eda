import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Alert } from '../../../shared/domain/alert';
import { formatDateTime, formatLongDate } from '../../lib/format';
import { AlertFigures } from '../alerts/alert-figures';
import type { AlertEpisode } from './alert-episodes';

/** One alert episode: the metric (opens it), where it stands now, and what happened, with times. */
export function EpisodeItem({
  episode,
  account,
  showAccount,
  fresh,
  onOpen,
}: {
  episode: AlertEpisode;
  account: AccountSummary | undefined;
  showAccount: boolean;
  fresh: boolean;
  onOpen(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // Times in the account's zone, as on Home; the machine's if the account is gone.
  const timeZone = account?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const alert = episode.alert;
  const metric = alert?.integrationName
    ? t('homeScreen.metricWithIntegration', { metric: episode.metricName, integration: alert.integrationName })
    : episode.metricName;

  return (
    <li className={`episode episode--${alert?.state ?? 'gone'}${fresh ? ' episode--fresh' : ''}`}>
      <button type="button" className="episode__open" disabled={!alert} onClick={onOpen}>
        <span className="episode__metric">{metric}</span>
        {alert ? <span className="episode__state">{stateLabel(t, alert, locale, timeZone)}</span> : null}
        {fresh ? <span className="episode__new">{t('notificationCentre.new')}</span> : null}
      </button>
      {showAccount && account ? <p className="episode__summary">{account.name}</p> : null}
      {alert ? <AlertFigures alertId={alert.id} figures={alert.figures} timeZone={timeZone} /> : null}
      {episode.events.length > 0 ? (
        <ol className="episode__events">
          {episode.events.map((event) => (
            <li key={`${event.at}:${event.reason}`}>
              {t(`notificationCentre.reason.${event.reason}`)}{' '}
              <time dateTime={event.at}>{formatDateTime(event.at, locale, timeZone)}</time>
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function stateLabel(t: TFunction, alert: Alert, locale: string, timeZone: string): string {
  if (alert.state === 'snoozed' && alert.snoozedUntil) {
    return t('notificationCentre.state.snoozedUntil', { date: formatLongDate(alert.snoozedUntil, locale, timeZone) });
  }
  return t(`notificationCentre.state.${alert.state}`);
}
