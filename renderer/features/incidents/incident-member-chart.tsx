import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, IncidentMember } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { TimeSeriesChart } from '../../components/charts/time-series-chart';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../lib/format';
import { AlertFigures } from '../alerts/alert-figures';
import { bucketFigureText } from '../alerts/alert-figure-text';
import { useAlerts } from '../alerts/alerts-state';
import { bucketFormatter, countFormatter, tickFormatter } from '../metrics/bucket-format';
import { dateInputValue } from '../metrics/chart-range';
import { ChartLegend } from '../metrics/chart-legend';
import { chartTicks } from '../metrics/chart-ticks';
import { downloadText } from '../metrics/download-file';
import { MetricDataTable } from '../metrics/metric-data-table';
import { csvFileName, metricCsv } from '../metrics/metrics-csv';
import { useMetricRows } from '../metrics/use-metric-rows';
import { formatAmount, missingEventsText } from './incident-cost-text';
import { memberLabel } from './incident-text';
import { incidentSpan, incidentWindow } from './incident-window';
import { klaviyoMetricUrl } from './klaviyo-links';

interface MemberChartProps {
  incident: Incident;
  member: IncidentMember;
  headline: boolean;
  timeZone: string;
  metrics: readonly Metric[] | null;
  now: Date;
}

/**
 * One metric of the incident: its figures and what it missed, then its hourly counts from a few
 * hours before the incident to its end (or now), drawn by the Metrics screen's chart with the
 * expected band and the incident's span shaded, and the same counts as the Metrics screen's table.
 */
export function IncidentMemberChart({ incident, member, headline, timeZone, metrics, now }: MemberChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const captionId = useId();
  const alert = useAlerts((state) => state.alerts.find((candidate) => candidate.id === member.alertId));
  const label = memberLabel(member, { t, metrics });
  const nowMs = now.getTime();

  const window = incidentWindow(incident, nowMs, timeZone);
  // The counts are read again when main has judged a further hour of the incident.
  const freshness = `${incident.cost.through}|${incident.state}`;
  // A value drop is drawn in money, against the value its orders should have brought.
  const value = member.kind === 'value-down';
  const currency = value ? (member.figures.currency ?? incident.cost.currency) : null;
  const { state, refresh } = useMetricRows(
    { accountId: incident.accountId, metricId: member.metricId, timezone: timeZone, interval: 'hour', window, previous: null, measure: value ? 'value' : 'count' },
    freshness,
  );

  const formatBucket = useMemo(() => bucketFormatter('hour', locale, timeZone), [locale, timeZone]);
  const formatCount = useMemo(() => (currency ? (value: number) => formatAmount(value, locale, currency) : countFormatter(locale)), [locale, currency]);
  const axis = useMemo(() => chartTicks(window, timeZone), [window.from, window.to, timeZone]);
  const formatTick = useMemo(() => tickFormatter(axis.kind, locale, timeZone), [axis.kind, locale, timeZone]);
  const span = incidentSpan(incident, nowMs);
  const shaded = useMemo(() => [span], [span.id, span.from, span.to]);
  const firedAt = alert ? Date.parse(alert.firedAt) : null;
  const markers = useMemo(() => (firedAt === null ? [] : [{ id: member.alertId, t: firedAt }]), [member.alertId, firedAt]);
  const domain = useMemo<[number, number]>(() => [window.from, window.to], [window.from, window.to]);
  const chartLabels = useMemo(
    () => ({
      count: value ? t('incidentPage.members.valueColumn') : t('metricsScreen.columns.count'),
      expected: t('metricsScreen.columns.expected'),
      band: t('metricsScreen.legend.band'),
      previous: t('metricsScreen.columns.previous'),
      noValue: t('metricsScreen.noValue'),
    }),
    [t, value],
  );
  const describeBucket = useCallback((count: number | null, expected: number | null) => bucketFigureText(t, locale, 'hour', count, expected), [t, locale]);
  const rows = state.status === 'ready' ? state.value : null;

  const exportCsv = () => {
    if (!rows) return;
    const csv = metricCsv(rows, {
      columns: {
        startUtc: t('metricsScreen.columns.startUtc'),
        local: t('metricsScreen.columns.bucket', { timezone: timeZone }),
        count: value ? t('incidentPage.members.valueColumn') : t('metricsScreen.columns.count'),
        expected: t('metricsScreen.columns.expected'),
        previous: t('metricsScreen.columns.previous'),
      },
      formatBucket,
      comparing: false,
    });
    const name = csvFileName([member.metricName, member.integrationName ?? '', 'hour', dateInputValue(window.from, timeZone), dateInputValue(window.to - 1, timeZone)]);
    downloadText(csv, name, 'text/csv');
  };

  const status = member.recoveredAt
    ? t('incidentPage.members.recovered', { time: formatDateTime(member.recoveredAt, locale, timeZone) })
    : t('incidentPage.members.since', { time: formatDateTime(member.start, locale, timeZone) });

  return (
    <li className="incident-member" data-metric-id={member.metricId}>
      <article aria-labelledby={headingId}>
        <header className="incident-member__header">
          <h3 id={headingId} className="incident-member__title">
            {label}
            {headline ? <span className="incident-badge incident-badge--headline">{t('incidentPage.members.headlineBadge')}</span> : null}
          </h3>
          <a
            className="incident-link"
            href={klaviyoMetricUrl(member.metricId, member.metricName)}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={t('incidentPage.members.openInKlaviyoLabel', { metric: label })}
          >
            {t('incidentPage.members.openInKlaviyo')}
          </a>
        </header>
        <p className="incident-member__status">{status}</p>
        <AlertFigures alertId={member.alertId} figures={member.figures} timeZone={timeZone} label={t('incidentPage.members.figuresLabel', { metric: label })} />
        <dl className="incident-facts">
          <div>
            <dt>{t('incidentPage.members.missingLabel')}</dt>
            <dd data-missing-for={member.metricId}>{missingEventsText(member.missingEvents, member.metricName, { t, locale }, member.kind)}</dd>
          </div>
        </dl>

        {state.status === 'loading' ? (
          <div className="incident-member__loading">
            <div className="metrics-skeleton metrics-skeleton--chart" aria-hidden="true" />
            <p role="status">{t('incidentPage.members.loadingChart')}</p>
          </div>
        ) : null}
        {state.status === 'error' ? <ErrorNotice messageKey={state.errorKey} onRetry={refresh} /> : null}
        {rows ? (
          <>
            <figure className="metric-chart incident-member__chart" aria-labelledby={captionId}>
              <div className="metric-chart__canvas" data-testid="incident-chart">
                <TimeSeriesChart
                  points={rows}
                  domain={domain}
                  ticks={axis.ticks}
                  showPrevious={false}
                  shaded={shaded}
                  markers={markers}
                  formatTick={formatTick}
                  formatTime={formatBucket}
                  formatCount={formatCount}
                  describeBucket={describeBucket}
                  labels={chartLabels}
                  height={240}
                />
              </div>
              <figcaption id={captionId}>
                <span className="metrics-sr-only">{t('incidentPage.members.chartLabel', { metric: label })}</span>
                <ChartLegend comparing={false} anomaly marker={markers.length > 0} {...(value ? { countLabel: t('incidentPage.members.valueColumn') } : {})} />
              </figcaption>
            </figure>
            {rows.every((row) => row.count === null) ? <p className="metrics-notice">{t('metricsScreen.noData')}</p> : null}
            <details className="incident-member__table" open={incident.members.length === 1}>
              <summary>{t(value ? 'incidentPage.members.showValueTable' : 'incidentPage.members.showTable')}</summary>
              <MetricDataTable
                rows={rows}
                comparing={false}
                timezone={timeZone}
                formatBucket={formatBucket}
                formatCount={formatCount}
                onExport={exportCsv}
                {...(value ? { countLabel: t('incidentPage.members.valueColumn') } : {})}
              />
            </details>
          </>
        ) : null}
      </article>
    </li>
  );
}
