import { useCallback, useEffect, useState } from 'react';
import type { Metric } from '../../../shared/domain/metric';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import {
  alignHours,
  headlineCandidates,
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

async function loadHomeData(accountId: string, anchorMs: number): Promise<HomeData> {
  const metrics = await unwrap(bridge().metrics.list({ accountId }));
  const window = headlineWindow(anchorMs);
  const headlines = await Promise.all(
    headlineCandidates(metrics).map(async (group) => {
      const choices = await Promise.all(group.metrics.map((metric) => loadChoice(accountId, metric, window)));
      const chosen = pickHeadline(choices);
      return chosen ? [{ name: group.name, ...chosen }] : [];
    }),
  );
  return { state: 'ready', metrics, headlines: headlines.flat(), window };
}

/**
 * The account's metrics and its headline figures, read from the cache. Re-read when the account
 * syncs again (its `lastSyncedAt` moves); the previous figures stay on screen meanwhile.
 * `lastSyncedAt` undefined means the status is not known yet: nothing is read until it is.
 */
export function useHomeData(accountId: string, lastSyncedAt: string | null | undefined): { data: HomeData; retry(): void } {
  const [loaded, setLoaded] = useState<{ accountId: string; data: HomeData }>({ accountId, data: { state: 'loading' } });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Undefined: the account's status has not arrived yet; wait for it rather than load twice.
    if (lastSyncedAt === undefined) return;
    let cancelled = false;
    // The cache holds nothing after the last sync: the window ends there, or now if sooner.
    const anchor = lastSyncedAt ? Math.min(Date.parse(lastSyncedAt), Date.now()) : Date.now();
    loadHomeData(accountId, anchor).then(
      (data) => !cancelled && setLoaded({ accountId, data }),
      (error: unknown) => !cancelled && setLoaded({ accountId, data: { state: 'error', errorKey: errorMessageKey(error) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [accountId, lastSyncedAt, attempt]);

  const retry = useCallback(() => {
    setLoaded({ accountId, data: { state: 'loading' } });
    setAttempt((value) => value + 1);
  }, [accountId]);

  // Another account's figures never show while this one's load.
  return { data: loaded.accountId === accountId ? loaded.data : { state: 'loading' }, retry };
}
