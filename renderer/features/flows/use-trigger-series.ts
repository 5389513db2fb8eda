import { useEffect, useState } from 'react';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { chartWindow, mergeChartPoints, type ChartPoint } from './trigger-chart-data';

export type TriggerSeries =
  | { state: 'loading' }
  | { state: 'ready'; points: ChartPoint[] }
  | { state: 'error'; errorKey: string };

/**
 * The trigger metric's last seven days, hourly, with the detector's expectation. `refreshKey`
 * changes after each sync so the chart follows the cache (keeping the old drawing meanwhile);
 * the returned function retries after a failure.
 */
export function useTriggerSeries(accountId: string, metricId: string, refreshKey: string): [TriggerSeries, () => void] {
  const subject = `${accountId}\u0000${metricId}`;
  const [result, setResult] = useState<{ subject: string; series: TriggerSeries }>({ subject, series: { state: 'loading' } });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const query = { accountId, metricId, interval: 'hour' as const, ...chartWindow(new Date()) };
      const api = bridge();
      const [counts, expected] = await Promise.all([unwrap(api.metrics.series(query)), unwrap(api.metrics.expected(query))]);
      return mergeChartPoints(counts, expected);
    };
    load()
      .then((points) => {
        if (current) setResult({ subject, series: { state: 'ready', points } });
      })
      .catch((error: unknown) => {
        if (current) setResult({ subject, series: { state: 'error', errorKey: errorMessageKey(error) } });
      });
    return () => {
      current = false;
    };
  }, [accountId, metricId, subject, refreshKey, attempt]);

  // Another metric's points are never shown while this one loads.
  const series: TriggerSeries = result.subject === subject ? result.series : { state: 'loading' };
  return [
    series,
    () => {
      setResult({ subject, series: { state: 'loading' } });
      setAttempt((n) => n + 1);
    },
  ];
}
