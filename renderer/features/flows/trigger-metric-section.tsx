import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, SnoozeDays } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';
import { ErrorNotice } from '../../components/error-notice';
import { useAlerts } from '../alerts/alerts-state';
import { AlertActions } from './alert-actions';
import { metricLabel } from './flow-labels';
import { formatDateTime, formatLongDate } from '../../lib/format';
import { AlertFigures } from '../alerts/alert-figures';
import { TriggerChart } from './trigger-chart';
import { useTriggerSeries } from './use-trigger-series';

export type PanelNotice = { tone: 'success'; text: string } | { tone: 'error'; messageKey: string };

interface Props {
  accountId: string;
  timeZone: string;
  metric: Metric;
  /** The metric's active alert, if it has one. */
  alert: Alert | undefined;
  /** When a snooze on the metric ends, if one is running. */
  snoozedUntil: string | null;
  refreshKey: string;
  onNotice: (notice: PanelNotice) => void;
}

/** One trigger metric in the side panel: its week on a chart, its drop alert and what to do about it. */
export function TriggerMetricSection({ accountId, timeZone, metric, alert, snoozedUntil, refreshKey, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const alertHeadingId = useId();
  const [series, retry] = useTriggerSeries(accountId, metric.id, refreshKey, timeZone);
  const [busy, setBusy] = useState(false);
  const label = metricLabel(metric, t);

  // The buttons vanish with the alert: keep the keyboard in the same place rather than on <body>.
  const focusAlertHeading = () => document.getElementById(alertHeadingId)?.focus();

  const act = async (action: () => Promise<Alert | null>, success: (updated: Alert) => string) => {
    setBusy(true);
    const updated = await action();
    setBusy(false);
    if (updated) onNotice({ tone: 'success', text: success(updated) });
    else onNotice({ tone: 'error', messageKey: useAlerts.getState().errorKey ?? 'errors.internal' });
    focusAlertHeading();
  };

  const dismiss = (target: Alert) => void act(() => useAlerts.getState().dismiss(target.id), () => t('flowsScreen.panel.dismissed'));
  const snooze = (target: Alert, days: SnoozeDays) =>
    void act(
      () => useAlerts.getState().snooze(target.id, days),
      (updated) =>
        t('flowsScreen.panel.snoozed', {
          metric: label,
          date: updated.snoozedUntil ? formatLongDate(updated.snoozedUntil, locale, timeZone) : '',
        }),
    );

  return (
    <section className="flows-panel__metric" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {series.state === 'loading' ? (
        <p className="flows-panel__muted" role="status">
          {t('flowsScreen.panel.chartLoading')}
        </p>
      ) : series.state === 'error' ? (
        <ErrorNotice messageKey={series.errorKey} onRetry={retry} />
      ) : series.points.length === 0 ? (
        <p className="flows-panel__muted">{t('flowsScreen.panel.chartEmpty')}</p>
      ) : (
        <TriggerChart points={series.points} label={t('flowsScreen.panel.chartLabel', { metric: label })} timeZone={timeZone} />
      )}

      <div className={alert ? 'flows-alert flows-alert--active' : 'flows-alert'}>
        <h4 id={alertHeadingId} tabIndex={-1}>
          {t('flowsScreen.panel.alertHeading')}
        </h4>
        {alert ? (
          <>
            <p>{t('flowsScreen.panel.alertDepth', { since: formatDateTime(alert.start, locale, timeZone) })}</p>
            <AlertFigures alertId={alert.id} figures={alert.figures} timeZone={timeZone} />
            <AlertActions busy={busy} onDismiss={() => dismiss(alert)} onSnooze={(days) => snooze(alert, days)} />
            <p className="flows-panel__muted">{t('flowsScreen.panel.snoozeHint')}</p>
          </>
        ) : (
          <p className="flows-panel__muted">{t('flowsScreen.panel.noAlert')}</p>
        )}
        {snoozedUntil ? (
          <p>{t('flowsScreen.panel.snoozedUntil', { date: formatLongDate(snoozedUntil, locale, timeZone) })}</p>
        ) : null}
      </div>
    </section>
  );
}
