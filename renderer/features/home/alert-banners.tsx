import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Alert } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';
import { useAlerts } from '../alerts/alerts-state';
import { AlertBanner, type BannerActions } from './alert-banner';
import { formatLongDate } from '../../lib/format';
import { metricLabel } from './metric-label';

/**
 * The account's active alerts, one banner each, and the confirmation of the last dismiss or
 * snooze. The confirmation takes the focus: the banner the operator acted on is gone.
 */
export function AlertBanners({ account, alerts, metrics, now }: { account: AccountSummary; alerts: Alert[]; metrics: readonly Metric[] | null; now: Date }) {
  const { t, i18n } = useTranslation();
  const dismiss = useAlerts((state) => state.dismiss);
  const snooze = useAlerts((state) => state.snooze);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);

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

  return (
    <>
      {confirmation ? (
        <p ref={confirmationRef} className="home-confirmation" role="status" tabIndex={-1}>
          {confirmation}
        </p>
      ) : null}
      {alerts.length > 0 ? (
        <section className="home-section" aria-labelledby="home-alerts-heading">
          <h2 id="home-alerts-heading" className="home-section__title">
            {t('homeScreen.alertsHeading')}
          </h2>
          <ul className="alert-banners">
            {alerts.map((alert) => (
              <AlertBanner key={alert.id} alert={alert} metrics={metrics} timeZone={account.timezone} now={now} actions={actions} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
