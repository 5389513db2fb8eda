import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Incident } from '../../../shared/domain/incident';
import { computerTimeZone, formatDateTime, formatLongDate } from '../../lib/format';
import { TakeBackButton } from '../incidents/take-back-button';
import { isUnread } from './incident-entries';
import { costSummaryText, incidentHeadline, incidentMuteText, incidentStateText, memberLabels, timelineLineText } from './incident-text';

interface Props {
  incident: Incident;
  /** The incident's account, for its zone and currency; absent once the account is removed. */
  account: AccountSummary | undefined;
  onOpen(): void;
}

/**
 * One incident in the centre: its headline (opens its page), where it stands, what it cost, and
 * its timeline, each line with its time in the account's zone.
 */
export function IncidentEntry({ incident, account, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const openRef = useRef<HTMLButtonElement>(null);
  const locale = i18n.language;
  // The machine's zone only when the account is gone.
  const timeZone = account?.timezone ?? computerTimeZone();
  const date = (iso: string) => formatLongDate(iso, locale, timeZone);
  const headline = incidentHeadline(incident, t);
  const mute = incidentMuteText(incident, t, date);
  const unread = isUnread(incident);
  const classes = ['incident-entry', `incident-entry--${incident.state}`];
  if (incident.mute !== 'none') classes.push('incident-entry--muted');
  if (unread) classes.push('incident-entry--unread');

  return (
    <li className={classes.join(' ')} data-incident-id={incident.id}>
      <button ref={openRef} type="button" className="incident-entry__open" onClick={onOpen}>
        <span className="incident-entry__metric">{headline}</span>
        <span className="incident-entry__state">{incidentStateText(incident, t)}</span>
        {mute ? <span className="incident-entry__mute">{mute}</span> : null}
        {unread ? <span className="incident-entry__unread">{t('notificationCentre.unread')}</span> : null}
      </button>
      <p className="incident-entry__summary">
        {incident.accountName} · {t('notificationCentre.members', { count: incident.members.length })}
      </p>
      {incident.members.length > 1 ? (
        <ul className="incident-entry__members" aria-label={t('notificationCentre.membersLabel', { metric: headline })}>
          {memberLabels(incident, t).map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      ) : null}
      <p className="incident-entry__cost">{costSummaryText(incident.cost, t, locale, account?.currency ?? null)}</p>
      {incident.timeline.length > 0 ? (
        <ol className="incident-entry__timeline" aria-label={t('notificationCentre.timelineLabel', { metric: headline })}>
          {incident.timeline.map((event, index) => (
            <li key={`${index}:${event.at}:${event.kind}`}>
              <time dateTime={event.at}>{formatDateTime(event.at, locale, timeZone)}</time>
              <span>{timelineLineText(event, t, date, incident.headlineKind)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="incident-entry__actions">
        {/* Its button goes once it has acted: the keyboard stays on this entry. */}
        <TakeBackButton incident={incident} onDone={() => openRef.current?.focus()} />
      </div>
    </li>
  );
}
