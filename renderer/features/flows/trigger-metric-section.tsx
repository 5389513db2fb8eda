import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnoozeDays } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';
import { ErrorNotice } from '../../components/error-notice';
import { useAlerts } from '../alerts/alerts-state';
import { useIncidentActions } from '../incidents/use-incident-actions';
import { AlertActions } from './alert-actions';
import { metricLabel } from './flow-labels';
import { formatDateTime, formatLongDate } from '../../lib/format';
import { AlertFigures } from '../alerts/alert-figures';
import type { MetricDrop } from './metric-drops';
import { TriggerChart } from './trigger-chart';
import { useTriggerSeries } from './use-trigger-series';

export type PanelNotice = { tone: 'success'; text: string } | { tone: 'error'; messageKey: string };

interface Props {
  accountId: string;
  timeZone: string;
  metric: Metric;
  /** The metric's drop under way, if it has one (muted while its incident is snoozed). */
  drop: MetricDrop | undefined;
  /** When a snooze on the metric ends, if one is running. */
  snoozedUntil: string | null;
  refreshKey: string;
  onNotice: (notice: PanelNotice) => void;
}

/**
 * One trigger metric in the side panel: its week on a chart, its drop and what to do about it.
 * Dismiss, Snooze and Unsnooze act on the whole incident the drop belongs to, and confirm
 * themselves with an Undo (the toast); a drop no incident holds is acted on alone.
 */
export function TriggerMetricSection({ accountId, timeZone, metric, drop, snoozedUntil, refreshKey, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const alertHeadingId = useId();
  const [series, retry] = useTriggerSeries(accountId, metric.id, refreshKey, timeZone);
  const [busy, setBusy] = useState(false);
  const incidentActions = useIncidentActions();
  const label = metricLabel(metric, t);
  const longDate = (iso: string | null) => (iso ? formatLongDate(iso, locale, timeZone) : '');

  // The buttons change or vanish with the action: keep the keyboard in the same place rather than on <body>.
  const focusAlertHeading = () => document.getElementById(alertHeadingId)?.focus();

  /** Runs an action that answers the confirmation to show, or null when it failed. */
  const act = async (action: () => Promise<string | null>) => {
    setBusy(true);
    const success = await action();
    setBusy(false);
    if (success !== null) onNotice({ tone: 'success', text: success });
    else onNotice({ tone: 'error', messageKey: useAlerts.getState().errorKey ?? 'errors.internal' });
    focusAlertHeading();
  };

  const dismiss = (target: MetricDrop) =>
    void act(async () => {
      if (target.incident) return (await incidentActions.dismiss(target.incident)) ? t('flowsScreen.panel.dismissedIncident') : null;
      return (await useAlerts.getState().dismiss(target.alertId)) ? t('flowsScreen.panel.dismissed') : null;
    });
  const snooze = (target: MetricDrop, days: SnoozeDays) =>
    void act(async () => {
      if (target.incident) {
        const updated = await incidentActions.snooze(target.incident, days);
        return updated ? t('flowsScreen.panel.snoozedIncident', { metric: label, date: longDate(updated.snoozedUntil) }) : null;
      }
      const updated = await useAlerts.getState().snooze(target.alertId, days);
      return updated ? t('flowsScreen.panel.snoozed', { metric: label, date: longDate(updated.snoozedUntil) }) : null;
    });
  const unsnooze = (incident: NonNullable<MetricDrop['incident']>) =>
    void act(async () => ((await incidentActions.unsnooze(incident)) ? t('flowsScreen.panel.unsnoozedIncident', { metric: label }) : null));

  const alertClass = !drop ? 'flows-alert' : drop.snoozedUntil ? 'flows-alert flows-alert--muted' : 'flows-alert flows-alert--active';
  const members = drop?.incident?.members.length ?? 0;
  // A snoozed incident offers its Unsnooze in place of Dismiss and Snooze.
  const snoozedIncident = drop?.snoozedUntil ? drop.incident : null;

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

      <div className={alertClass}>
        <h4 id={alertHeadingId} tabIndex={-1}>
          {t('flowsScreen.panel.alertHeading')}
        </h4>
        {drop ? (
          <>
            <p>{t('flowsScreen.panel.alertDepth', { since: formatDateTime(drop.start, locale, timeZone) })}</p>
            <AlertFigures alertId={drop.alertId} figures={drop.figures} timeZone={timeZone} />
            {members > 1 ? <p className="flows-panel__muted">{t('flowsScreen.panel.incidentMembers', { count: members })}</p> : null}
            {snoozedIncident ? (
              <button type="button" className="button" disabled={busy} onClick={() => unsnooze(snoozedIncident)}>
                {t('flowsScreen.panel.unsnooze')}
              </button>
            ) : (
              <>
                <AlertActions busy={busy} onDismiss={() => dismiss(drop)} onSnooze={(days) => snooze(drop, days)} />
                <p className="flows-panel__muted">{t('flowsScreen.panel.snoozeHint')}</p>
              </>
            )}
          </>
        ) : (
          <p className="flows-panel__muted">{t('flowsScreen.panel.noAlert')}</p>
        )}
        {snoozedUntil ? <p>{t('flowsScreen.panel.snoozedUntil', { date: longDate(snoozedUntil) })}</p> : null}
      </div>
    </section>
  );
}
