import { useEffect, useRef } from 'react';
import type { Metric } from '../../../shared/domain/metric';
import { bridge, unwrap } from '../../lib/bridge';
import { useLoad } from '../../lib/use-load';
import {
  alignHours,
  headlineWindow,
  pickHeadline,
  summarizeWindow,
  type HeadlineChoice,
  type HourWindow,
} from './headline-metrics';

export interface Headline extends HeadlineChoice {
  name: string;
}

export type HomeData =
  | { state: 'loading' }
  | { state: 'error'; errorKey: string }
  | { state: 'ready'; metrics: Metric[]; headlines: Headline[]; window: HourWindow };

async function loadChoice(accountId: string, metric: Metric, window: HourWindow): Promise<HeadlineChoice> {
  const api = bridge();
  const query = { accountId, metricId: metric.id, interval: 'hour' as const, from: window.from, to: window.to };
  const [series, expected] = await Promise.all([unwrap(api.metrics.series(query)), unwrap(api.metrics.expected(query))]);
  return { metric, summary: summarizeWindow(alignHours(window, series, expected)) };
}

async function loadHomeData(accountId: string, metrics: Metric[], anchorMs: number, timezone: string): Promise<HomeData> {
  const window = headlineWindow(anchorMs, timezone);
  // Which metrics are headlines is main's rule (the account's own metrics, most telling first).
  const groups = await unwrap(bridge().metrics.headlines({ accountId }));
  const headlines = await Promise.all(
    groups.map(async (group) => {
      const carriers = metrics.filter((metric) => group.metricIds.includes(metric.id));
      const choices = await Promise.all(carriers.map((metric) => loadChoice(accountId, metric, window)));
      const chosen = pickHeadline(choices);
      return chosen ? [{ name: group.name, ...chosen }] : [];
    }),
  );
  return { state: 'ready', metrics, headlines: headlines.flat(), window };
}

interface Prefetched {
  accountId: string;
  promise: Promise<Metric[]>;
  taken: boolean;
}

function prefetchMetrics(accountId: string): Prefetched {
  const promise = unwrap(bridge().metrics.list({ accountId }));
  // Read later (or never, if the account changes first): its failure is reported where it is read.
  promise.catch(() => undefined);
  return { accountId, promise, taken: false };
}

/** The prefetched list the first time, a fresh read after that (a sync may bring new metrics). */
function takeMetrics(prefetched: Prefetched | null, accountId: string): Promise<Metric[]> {
  if (!prefetched || prefetched.taken || prefetched.accountId !== accountId) return unwrap(bridge().metrics.list({ accountId }));
  prefetched.taken = true;
  return prefetched.promise;
}

/**
 * The account's metrics and its headline figures, read from the cache. Re-read when the account
 * syncs again (its `lastSyncedAt` moves); the previous figures stay on screen meanwhile.
 * `lastSyncedAt` undefined means the status is not known yet: nothing is read until it is.
 */
export function useHomeData(accountId: string, lastSyncedAt: string | null | undefined, timezone: string): { data: HomeData; retry(): void } {
  // The metric list does not depend on when the account last synced: the first one is asked for
  // at once, alongside the status (this effect runs before the load's in the same commit); later
  // syncs and retries read it again with the figures.
  const firstList = useRef<Prefetched | null>(null);
  useEffect(() => {
    firstList.current = prefetchMetrics(accountId);
  }, [accountId]);

  // Undefined: the account's status has not arrived yet; wait for it (no key) rather than load
  // twice. A later sync moves `lastSyncedAt`: read again, the previous figures staying meanwhile.
  const { state, refresh } = useLoad(
    lastSyncedAt === undefined ? null : accountId,
    () => {
      // The cache holds nothing after the last sync: the window ends there, or now if sooner.
      const anchor = lastSyncedAt ? Math.min(Date.parse(lastSyncedAt), Date.now()) : Date.now();
      return takeMetrics(firstList.current, accountId).then((metrics) => loadHomeData(accountId, metrics, anchor, timezone));
    },
    lastSyncedAt ?? null,
  );
  // Another account's figures never show while this one's load (the load is keyed by account).
  const data: HomeData = state.status === 'ready' ? state.value : state.status === 'error' ? { state: 'error', errorKey: state.errorKey } : { state: 'loading' };
  return { data, retry: refresh };
}
