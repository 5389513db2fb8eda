import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Incident } from '../../../shared/domain/incident';
import { computerTimeZone, formatLongDate } from '../../lib/format';
import { useAccounts } from '../accounts/accounts-state';
import { useAlerts } from '../alerts/alerts-state';
import { mutedIncidents } from '../incidents/incident-take-back';
import { TakeBackButton } from '../incidents/take-back-button';
import { incidentHeadline } from '../notifications/incident-text';
import './muted-incidents.css';

/**
 * Settings > Snoozed and dismissed: every incident not over yet that the operator snoozed or
 * dismissed, from any screen, with when the snooze ends, and the button that takes it back.
 */
export function MutedIncidentsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const incidents = useAlerts((state) => state.incidents);
  const loaded = useAlerts((state) => state.loaded);
  const accounts = useAccounts((state) => state.accounts);
  const muted = mutedIncidents(incidents);

  return (
    <section className="card settings-section muted-incidents" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('incidentSettings.mutedTitle')}
      </h2>
      {!loaded ? (
        <p role="status">{t('app.loading')}</p>
      ) : muted.length === 0 ? (
        <p className="muted-incidents__empty">{t('incidentSettings.mutedEmpty')}</p>
      ) : (
        <>
          <p>{t('incidentSettings.mutedDescription')}</p>
          <ul className="muted-incidents__list">
            {muted.map((incident) => (
              <MutedIncidentItem
                key={incident.id}
                incident={incident}
                account={accounts.find((account) => account.id === incident.accountId)}
                // The item goes with its mute: the keyboard goes back to the section.
                onTakenBack={() => headingRef.current?.focus()}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MutedIncidentItem({ incident, account, onTakenBack }: { incident: Incident; account: AccountSummary | undefined; onTakenBack(): void }) {
  const { t, i18n } = useTranslation();
  const timeZone = account?.timezone ?? computerTimeZone();
  const date = (iso: string) => formatLongDate(iso, i18n.language, timeZone);
  const status =
    incident.mute === 'snoozed'
      ? incident.snoozedUntil
        ? t('incidentSettings.snoozedUntil', { date: date(incident.snoozedUntil) })
        : t('notificationCentre.event.snoozedAny')
      : incident.dismissedAt
        ? t('incidentSettings.dismissedOn', { date: date(incident.dismissedAt) })
        : t('notificationCentre.mutedDismissed');
  return (
    <li className="muted-incidents__item" data-incident-id={incident.id}>
      <div className="muted-incidents__text">
        <span className="muted-incidents__metric">{incidentHeadline(incident, t)}</span>
        <span className="muted-incidents__detail">
          {incident.accountName} · {t('notificationCentre.members', { count: incident.members.length })}
        </span>
        <span className="muted-incidents__status">{status}</span>
      </div>
      <TakeBackButton incident={incident} onDone={onTakenBack} />
    </li>
  );
}
