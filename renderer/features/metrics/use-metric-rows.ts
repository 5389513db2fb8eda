import type { Interval } from '../../../shared/domain/metric';
import { bridge, unwrap } from '../../lib/bridge';
import { useLoad, type LoadState } from '../../lib/use-load';
import { bucketStarts, type TimeWindow } from './chart-range';
import { buildSeriesRows, type SeriesRow } from './series-rows';

export interface RowsQuery {
  accountId: string;
  metricId: string;
  timezone: string;
  interval: Interval;
  window: TimeWindow;
  /** The period to compare with, or null. */
  previous: TimeWindow | null;
  /** What the rows count: events (default), or their value against the value monitor's band. */
  measure?: 'count' | 'value';
}

const iso = (ms: number) => new Date(ms).toISOString();

async function readRows(query: RowsQuery): Promise<SeriesRow[]> {
  const api = bridge();
  const { accountId, metricId, interval, window, previous, timezone, measure = 'count' } = query;
  const read = (w: TimeWindow) => ({ accountId, metricId, interval, from: iso(w.from), to: iso(w.to) });
  const [counted, expected, previousSeries] = await Promise.all([
    unwrap(api.metrics.series(read(window))),
    unwrap(api.metrics.expected(measure === 'value' ? { ...read(window), measure } : read(window))),
    previous ? unwrap(api.metrics.series(read(previous))) : Promise.resolve(null),
  ]);
  // A value's rows put each bucket's summed value where the count goes.
  const series = measure === 'value' ? counted.map((point) => ({ ...point, count: point.sumValue })) : counted;
  return buildSeriesRows(
    bucketStarts(window, interval, timezone),
    series,
    expected,
    previous && previousSeries ? { grid: bucketStarts(previous, interval, timezone), series: previousSeries } : undefined,
  );
}

/**
 * The buckets of one metric for the chart and the table, read from the local cache. Read again
 * (without blanking the screen) whenever `freshness` changes: a sync has brought new counts.
 */
export function useMetricRows(query: RowsQuery | null, freshness: string | null): { state: LoadState<SeriesRow[]>; refresh: () => void } {
  const key = query
    ? [query.accountId, query.metricId, query.interval, query.window.from, query.window.to, query.previous?.from ?? '-', query.measure ?? 'count'].join('|')
    : null;
  return useLoad(key, () => (query ? readRows(query) : Promise.resolve([])), freshness);
}
