import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../shared/domain/metric';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { bridge, unwrap } from '../../lib/bridge';
import { useLoad } from '../../lib/use-load';
import { useRouter } from '../../lib/router-state';
import { activeAlerts, useAlerts } from '../alerts/alerts-state';
import { MetricDetail } from './metric-detail';
import { MetricList } from './metric-list';
import { sortMetrics } from './metric-ordering';
import { firstSyncRunning, lastSyncedAt, useAccountSyncStatus, useCurrentAccount } from './use-account-data';
import './metrics.css';

/** Metrics of the current account: the list on one side, the chosen metric's history on the other. */
export function MetricsScreen() {
  const { t } = useTranslation();
  const { account, loading: accountsLoading } = useCurrentAccount();
  const status = useAccountSyncStatus(account?.id);
  const freshness = lastSyncedAt(status);
  const { state, refresh } = useLoad<Metric[]>(
    account?.id ?? null,
    () => (account ? unwrap(bridge().metrics.list({ accountId: account.id })) : Promise.resolve([])),
    freshness,
  );

  let content: ReactNode;
  if (accountsLoading || state.status === 'loading') {
    content = <ListSkeleton />;
  } else if (state.status === 'error') {
    content = <ErrorNotice messageKey={state.errorKey} onRetry={refresh} />;
  } else if (!account || state.status === 'idle' || state.value.length === 0 || firstSyncRunning(status)) {
    content = <EmptyState icon="↗" title={t('metrics.emptyTitle')} body={t('metrics.emptyBody')} />;
  } else {
    content = <MetricsMasterDetail key={account.id} accountId={account.id} metrics={state.value} freshness={freshness} />;
  }
  return <Screen title={t('metrics.title')}>{content}</Screen>;
}

function MetricsMasterDetail({ accountId, metrics, freshness }: { accountId: string; metrics: Metric[]; freshness: string | null }) {
  const { i18n } = useTranslation();
  const { account } = useCurrentAccount();
  const alerts = useAlerts((state) => state.alerts);
  const focusId = useRouter((state) => state.focusId);
  const sorted = useMemo(() => sortMetrics(metrics, i18n.language), [metrics, i18n.language]);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Another screen (an alert, a notification) may open a metric: by its id, or by one of its alerts.
  useEffect(() => {
    if (!focusId) return;
    const metricId = sorted.some((metric) => metric.id === focusId)
      ? focusId
      : alerts.find((alert) => alert.id === focusId && alert.accountId === accountId)?.metricId;
    if (metricId) setSelectedId(metricId);
  }, [focusId, sorted, alerts, accountId]);

  const alertingIds = useMemo(() => new Set(activeAlerts(alerts, accountId).map((alert) => alert.metricId)), [alerts, accountId]);
  const selected = sorted.find((metric) => metric.id === selectedId) ?? sorted[0];
  const metricAlerts = useMemo(
    // The chart draws the count: only the count's own drops are shaded on it (a value drop or a
    // harmful rise has its incident page).
    () => alerts.filter((alert) => alert.accountId === accountId && alert.metricId === selected?.id && alert.kind === 'count-down'),
    [alerts, accountId, selected?.id],
  );

  return (
    <div className="metrics-layout">
      <MetricList metrics={sorted} alertingIds={alertingIds} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
      {account && selected ? <MetricDetail account={account} metric={selected} alerts={metricAlerts} freshness={freshness} /> : null}
    </div>
  );
}

function ListSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="metrics-layout">
      <div className="metrics-list">
        <p role="status">{t('metricsScreen.loadingList')}</p>
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="metrics-skeleton metrics-skeleton--row" aria-hidden="true" />
        ))}
      </div>
      <div className="metrics-skeleton metrics-skeleton--chart" aria-hidden="true" />
    </div>
  );
}
