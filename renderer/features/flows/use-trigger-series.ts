import { bridge, unwrap } from '../../lib/bridge';
import { useLoad } from '../../lib/use-load';
import { chartWindow, mergeChartPoints, type ChartPoint } from './trigger-chart-data';

export type TriggerSeries =
  | { state: 'loading' }
  | { state: 'ready'; points: ChartPoint[] }
  | { state: 'error'; errorKey: string };

async function readTriggerSeries(accountId: string, metricId: string, timezone: string): Promise<ChartPoint[]> {
  const query = { accountId, metricId, interval: 'hour' as const, ...chartWindow(new Date(), timezone) };
  const api = bridge();
  const [counts, expected] = await Promise.all([unwrap(api.metrics.series(query)), unwrap(api.metrics.expected(query))]);
  return mergeChartPoints(counts, expected);
}

/**
 * The trigger metric's last seven days, hourly, with the detector's expectation. `refreshKey`
 * changes after each sync so the chart follows the cache (keeping the old drawing meanwhile);
 * another metric's points are never shown while this one loads; the returned function retries
 * after a failure.
 */
export function useTriggerSeries(accountId: string, metricId: string, refreshKey: string, timezone: string): [TriggerSeries, () => void] {
  const { state, refresh } = useLoad(`${accountId}\u0000${metricId}`, () => readTriggerSeries(accountId, metricId, timezone), refreshKey);
  const series: TriggerSeries =
    state.status === 'ready'
      ? { state: 'ready', points: state.value }
      : state.status === 'error'
        ? { state: 'error', errorKey: state.errorKey }
        : { state: 'loading' };
  return [series, refresh];
}
