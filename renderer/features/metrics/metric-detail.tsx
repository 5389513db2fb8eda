import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Alert } from '../../../shared/domain/alert';
import type { Interval, Metric } from '../../../shared/domain/metric';
import { CHART_POINT_LIMIT } from '../../components/charts/downsample-series';
import { TimeSeriesChart } from '../../components/charts/time-series-chart';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../lib/format';
import { AlertFigures } from '../alerts/alert-figures';
import { bucketFigureText } from '../alerts/alert-figure-text';
import { bucketFormatter, countFormatter, tickFormatter } from './bucket-format';
import { ChartControls } from './chart-controls';
import {
  allowedIntervals,
  dateInputValue,
  defaultInterval,
  HOURLY_CACHE_DAYS,
  hourlyBeyondCache,
  previousWindow,
  rangeWindow,
  type CustomDates,
  type RangeKey,
} from './chart-range';
import { ChartLegend } from './chart-legend';
import { chartTicks } from './chart-ticks';
import { downloadText } from './download-file';
import { MetricDataTable } from './metric-data-table';
import { MetricMonitorSection } from './metric-monitor-section';
import { csvFileName, metricCsv } from './metrics-csv';
import { useMetricRows } from './use-metric-rows';

interface MetricDetailProps {
  account: AccountSummary;
  metric: Metric;
  /** This metric's alerts, in every state: each drop episode is shaded. */
  alerts: readonly Alert[];
  /** Changes when a sync finishes: the counts are read again. */
  freshness: string | null;
}

const DAY = 86_400_000;

function defaultCustom(now: number, timezone: string): CustomDates {
  return { fromDate: dateInputValue(now - 13 * DAY, timezone), toDate: dateInputValue(now, timezone) };
}

const noTicks: readonly number[] = [];

/** The detail side: one metric's history as a chart and a table, with the period and bucket controls. */
export function MetricDetail({ account, metric, alerts, freshness }: MetricDetailProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const timezone = account.timezone;
  const [now, setNow] = useState(() => Date.now());
  const [range, setRange] = useState<RangeKey>('7d');
  const [intervalChoice, setIntervalChoice] = useState<Interval | null>(null);
  const [custom, setCustom] = useState<CustomDates>(() => defaultCustom(now, timezone));
  const [comparing, setComparing] = useState(false);

  // "Now" moves on with each sync, so the last bucket shown is the one under way.
  useEffect(() => setNow(Date.now()), [freshness]);

  const preferred = defaultInterval(range, custom, timezone);
  const draft = rangeWindow(range, intervalChoice ?? preferred, now, timezone, custom);
  const allowed = allowedIntervals(range, draft.ok ? draft.window : null);
  const interval: Interval =
    intervalChoice && allowed.includes(intervalChoice) ? intervalChoice : allowed.includes(preferred) ? preferred : (allowed[0] ?? 'day');
  const result = rangeWindow(range, interval, now, timezone, custom);
  const window = result.ok ? result.window : null;
  const previous = result.ok && comparing ? previousWindow(result.window, result.length, timezone) : null;

  const query = window
    ? { accountId: account.id, metricId: metric.id, timezone, interval, window, previous }
    : null;
  const { state, refresh } = useMetricRows(query, freshness);

  const formatBucket = useMemo(() => bucketFormatter(interval, locale, timezone), [interval, locale, timezone]);
  const formatCount = useMemo(() => countFormatter(locale), [locale]);
  const axis = useMemo(() => (window ? chartTicks(window, timezone) : null), [window?.from, window?.to, timezone]);
  const formatTick = useMemo(() => tickFormatter(axis?.kind ?? 'date', locale, timezone), [axis?.kind, locale, timezone]);

  // Stable between renders, so the chart (memoized: drawing it is the costly part) redraws only
  // when what it shows changes.
  const shaded = useMemo(
    () =>
      alerts.map((alert) => ({
        id: alert.id,
        from: Date.parse(alert.start),
        to: alert.resolvedAt ? Date.parse(alert.resolvedAt) : now,
      })),
    [alerts, now],
  );
  const markers = useMemo(() => alerts.map((alert) => ({ id: alert.id, t: Date.parse(alert.firedAt) })), [alerts]);
  const chartLabels = useMemo(
    () => ({
      count: t('metricsScreen.columns.count'),
      expected: t('metricsScreen.columns.expected'),
      band: t('metricsScreen.legend.band'),
      previous: t('metricsScreen.columns.previous'),
      noValue: t('metricsScreen.noValue'),
    }),
    [t],
  );
  const describeBucket = useCallback(
    (count: number | null, expected: number | null) => bucketFigureText(t, locale, interval, count, expected),
    [t, locale, interval],
  );
  const domain = useMemo<[number, number] | null>(() => (window ? [window.from, window.to] : null), [window?.from, window?.to]);
  const active = alerts.find((alert) => alert.state === 'active');
  const rows = state.status === 'ready' ? state.value : null;
  const anyShaded = window !== null && shaded.some((period) => period.to > window.from && period.from < window.to);
  const anyMarker = window !== null && markers.some((marker) => marker.t >= window.from && marker.t <= window.to);

  const exportCsv = () => {
    if (!rows || !window) return;
    const csv = metricCsv(rows, {
      columns: {
        startUtc: t('metricsScreen.columns.startUtc'),
        local: t('metricsScreen.columns.bucket', { timezone }),
        count: t('metricsScreen.columns.count'),
        expected: t('metricsScreen.columns.expected'),
        previous: t('metricsScreen.columns.previous'),
      },
      formatBucket,
      comparing,
    });
    const name = csvFileName([
      metric.name,
      metric.integrationName ?? '',
      interval,
      dateInputValue(window.from, timezone),
      dateInputValue(window.to - 1, timezone),
    ]);
    downloadText(csv, name, 'text/csv');
  };

  return (
    <section className="metric-detail" aria-labelledby="metric-detail-title">
      <header className="metric-detail__header">
        <h2 id="metric-detail-title">{metric.name}</h2>
        <p className="metric-detail__integration">
          {metric.integrationName ?? t('metricsScreen.noIntegration')}
          {metric.gone ? ` · ${t('metricsScreen.goneBadge')}` : ''}
        </p>
        {active ? (
          <div className="metric-detail__alert">
            <p>{t('metricsScreen.activeAlert', { since: formatDateTime(active.start, locale, timezone) })}</p>
            <AlertFigures alertId={active.id} figures={active.figures} timeZone={timezone} />
          </div>
        ) : null}
      </header>
      <MetricMonitorSection key={metric.id} account={account} metric={metric} freshness={freshness} />

      <ChartControls
        range={range}
        onRange={(next) => {
          setRange(next);
          setIntervalChoice(null);
          setNow(Date.now());
        }}
        interval={interval}
        allowed={allowed}
        onInterval={setIntervalChoice}
        custom={custom}
        onCustom={setCustom}
        today={dateInputValue(now, timezone)}
        comparing={comparing}
        onComparing={setComparing}
      />
      {range === '24h' ? <p className="metrics-hint">{t('metricsScreen.dailyNeedsLonger')}</p> : null}
      {!allowed.includes('hour') ? <p className="metrics-hint">{t('metricsScreen.hourlyUpToYear')}</p> : null}
      {window && hourlyBeyondCache(window, interval, now) ? (
        <p className="metrics-notice" role="note">
          {t('metricsScreen.hourlyBeyondCache', { count: HOURLY_CACHE_DAYS })}
        </p>
      ) : null}
      {!result.ok ? (
        <p className="metrics-notice metrics-notice--error" role="alert">
          {t(`metricsScreen.dateErrors.${result.reason}`)}
        </p>
      ) : null}

      {state.status === 'loading' ? (
        <div className="metric-detail__loading">
          <div className="metrics-skeleton metrics-skeleton--chart" aria-hidden="true" />
          <p role="status">{t('metricsScreen.loadingChart')}</p>
        </div>
      ) : null}
      {state.status === 'error' ? <ErrorNotice messageKey={state.errorKey} onRetry={refresh} /> : null}

      {rows && window ? (
        <>
          <figure className="metric-chart" aria-labelledby="metric-chart-caption">
            <div className="metric-chart__canvas" data-testid="metric-chart">
              <TimeSeriesChart
                points={rows}
                domain={domain ?? [window.from, window.to]}
                ticks={axis?.ticks ?? noTicks}
                showPrevious={comparing}
                shaded={shaded}
                markers={markers}
                formatTick={formatTick}
                formatTime={formatBucket}
                formatCount={formatCount}
                describeBucket={describeBucket}
                labels={chartLabels}
              />
            </div>
            <figcaption id="metric-chart-caption">
              <span className="metrics-sr-only">
                {t(interval === 'hour' ? 'metricsScreen.chartLabelHour' : 'metricsScreen.chartLabelDay', { metric: metric.name })}
              </span>
              <ChartLegend comparing={comparing} anomaly={anyShaded} marker={anyMarker} />
            </figcaption>
          </figure>
          {rows.length > CHART_POINT_LIMIT ? (
            <p className="metrics-hint">
              {t('metricsScreen.thinned', { shown: formatCount(CHART_POINT_LIMIT), total: formatCount(rows.length) })}
            </p>
          ) : null}
          {rows.every((row) => row.count === null) ? <p className="metrics-notice">{t('metricsScreen.noData')}</p> : null}
          <MetricDataTable
            rows={rows}
            comparing={comparing}
            timezone={timezone}
            formatBucket={formatBucket}
            formatCount={formatCount}
            onExport={exportCsv}
          />
        </>
      ) : null}
    </section>
  );
}
