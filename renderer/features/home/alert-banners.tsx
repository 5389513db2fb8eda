import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Alert } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { useAlerts } from '../alerts/alerts-state';
import { IncidentBanner, type IncidentBannerActions } from '../incidents/incident-banner';
import { useIncidentActions } from '../incidents/use-incident-actions';
import { AlertBanner, type BannerActions } from './alert-banner';
import { formatLongDate } from '../../lib/format';
import { metricLabel } from './metric-label';

/**
 * What needs the operator's attention on Home: one banner per open incident nobody muted (its
 * dismiss and snooze confirm in a toast offering Undo), and one per active alert no incident
 * holds, with the confirmation of its last dismiss or snooze. After an action the focus goes to
 * the section's heading, or to the page's title once no banner is left: the banner acted on is gone.
 */
export function AlertBanners({
  account,
  incidents,
  alerts,
  metrics,
  now,
}: {
  account: AccountSummary;
  incidents: Incident[];
  alerts: Alert[];
  metrics: readonly Metric[] | null;
  now: Date;
}) {
  const { t, i18n } = useTranslation();
  const dismiss = useAlerts((state) => state.dismiss);
  const snooze = useAlerts((state) => state.snooze);
  const incidentActions = useIncidentActions();
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState(0);

  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  useEffect(() => {
    if (refocus === 0) return;
    const target = headingRef.current ?? document.querySelector<HTMLElement>('.screen__title');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }, [refocus]);

  const label = (alert: Alert) => metricLabel(t, { name: alert.metricName, integrationName: alert.integrationName }, metrics);
  const actions: BannerActions = {
    async dismiss(alert) {
      const done = await dismiss(alert.id);
      if (done) setConfirmation(t('homeScreen.dismissed', { metric: label(alert) }));
    },
    async snooze(alert, days) {
      const done = await snooze(alert.id, days);
      if (done?.snoozedUntil) {
        setConfirmation(t('homeScreen.snoozed', { metric: label(alert), date: formatLongDate(done.snoozedUntil, i18n.language, account.timezone) }));
      }
    },
  };
  const onIncident: IncidentBannerActions = {
    async dismiss(incident) {
      if (await incidentActions.dismiss(incident)) setRefocus((n) => n + 1);
    },
    async snooze(incident, days) {
      if (await incidentActions.snooze(incident, days)) setRefocus((n) => n + 1);
    },
  };

  const count = incidents.length + alerts.length;
  return (
    <>
      {confirmation ? (
        <p ref={confirmationRef} className="home-confirmation" role="status" tabIndex={-1}>
          {confirmation}
        </p>
      ) : null}
      {count > 0 ? (
        <section className="home-section" aria-labelledby="home-alerts-heading">
          <h2 id="home-alerts-heading" ref={headingRef} className="home-section__title">
            {t('homeScreen.alertsHeading')}
          </h2>
          <ul className="alert-banners">
            {incidents.map((incident) => (
              <IncidentBanner key={incident.id} incident={incident} metrics={metrics} timeZone={account.timezone} currency={account.currency} now={now} actions={onIncident} />
            ))}
            {alerts.map((alert) => (
              <AlertBanner key={alert.id} alert={alert} metrics={metrics} timeZone={account.timezone} now={now} actions={actions} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
