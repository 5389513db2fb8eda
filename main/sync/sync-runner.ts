import PQueue from 'p-queue';
import { AppError } from '../../shared/domain/errors';
import type { SyncProgress } from '../../shared/domain/sync';
import { storageError } from '../db/storage-errors';
import type { Clock, Logger } from '../ports';
import { planSync, watermarkKey, type AggregateRequest, type SyncPolicy } from './sync-planner';
import type { SyncSource } from '../api/sync-source';
import type { SyncCache } from './sync-cache';
import { dateFromSeconds, secondsFromDate, secondsFromIso } from '../../shared/domain/account-time';

export interface SyncAccount {
  id: string;
  timezone: string;
}

export interface SyncRunResult {
  outcome: 'success' | 'failed' | 'cancelled';
  requests: number;
  requestsByOperation: Record<string, number>;
  rowsWritten: number;
  metrics: number;
  error: AppError | null;
}

export interface SyncRunnerDeps {
  cache: SyncCache;
  clock: Clock;
  logger: Logger;
  policy: SyncPolicy;
  /** How many metrics are fetched at once; the client's rate limiter does the pacing. */
  metricConcurrency?: number;
}

/**
 * Runs one complete sync of one account: catalogue when due, then the planned aggregate requests.
 * Each response is committed with its watermark in one transaction; requests for the same metric
 * and interval run in order so a watermark only ever covers contiguous data. On failure or
 * cancellation everything committed so far stays, and the next run resumes from the watermarks.
 */
export async function runAccountSync(
  deps: SyncRunnerDeps,
  account: SyncAccount,
  source: SyncSource,
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<SyncRunResult> {
  const { cache, clock, policy } = deps;
  const startedAt = clock.now();
  const runId = cache.runs.start(account.id, startedAt.toISOString());
  const before = source.stats();
  let rowsWritten = 0;
  let error: AppError | null = null;

  const nowSeconds = () => secondsFromDate(clock.now());
  const plan = () => {
    const accountState = cache.state.account(account.id);
    return planSync({
      timezone: account.timezone,
      metricIds: [...cache.catalogue.metricIds(account.id)],
      watermarks: new Map(cache.state.watermarks(account.id).map((w) => [watermarkKey(w.metricId, w.interval), w.watermark])),
      catalogueRefreshedAt: accountState.catalogueRefreshedAt ? secondsFromIso(accountState.catalogueRefreshedAt) : null,
      unknownMetricSeen: false,
      now: nowSeconds(),
      policy,
    });
  };

  try {
    let current = plan();
    if (current.refreshCatalogue) {
      await refreshCatalogue(deps, account, source, onProgress, signal);
      current = plan();
    }
    rowsWritten = await fetchSeries(deps, account, source, current.aggregates, onProgress, signal);
  } catch (caught) {
    error = toAppError(caught, signal);
  }

  const after = source.stats();
  const requestsByOperation = diffCounts(before.requestsByOperation, after.requestsByOperation);
  let outcome: SyncRunResult['outcome'] = error === null ? 'success' : error.code === 'cancelled' ? 'cancelled' : 'failed';
  const requests = after.requests - before.requests;
  try {
    recordRunEnd(cache, runId, account.id, clock.now().toISOString(), { outcome, requests, requestsByOperation, rowsWritten, error });
  } catch (caught) {
    // The disk filled up between the last write and this one: the data committed so far stays,
    // the run's row stays open (closed as interrupted at the next start), and the user is told.
    const storage = storageError(caught);
    if (!storage) throw caught;
    deps.logger.error('the end of a sync could not be recorded', { accountId: account.id, code: storage.code });
    if (outcome !== 'failed') {
      error = storage;
      outcome = 'failed';
    }
  }
  return { outcome, requests, requestsByOperation, rowsWritten, metrics: cache.catalogue.metricIds(account.id).size, error };
}

/** Closes the run's row and sets the account's last success or last error. */
function recordRunEnd(
  cache: SyncCache,
  runId: number,
  accountId: string,
  endedAt: string,
  run: Pick<SyncRunResult, 'outcome' | 'requests' | 'requestsByOperation' | 'rowsWritten' | 'error'>,
): void {
  const { error } = run;
  cache.runs.finish(runId, {
    endedAt,
    outcome: run.outcome,
    requests: run.requests,
    requestsByOperation: run.requestsByOperation,
    rowsWritten: run.rowsWritten,
    errorCode: error?.code ?? null,
    errorMessage: error?.message ?? null,
  });
  if (error === null) {
    cache.state.updateAccount(accountId, {
      lastSuccessAt: endedAt,
      lastErrorCode: null,
      lastErrorMessage: null,
      lastErrorParams: null,
      nextRetryAt: null,
    });
  } else if (run.outcome === 'failed') {
    cache.state.updateAccount(accountId, {
      lastErrorCode: error.code,
      lastErrorMessage: error.message,
      lastErrorParams: error.params ?? null,
    });
  }
}

async function refreshCatalogue(
  deps: SyncRunnerDeps,
  account: SyncAccount,
  source: SyncSource,
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  onProgress({ accountId: account.id, phase: 'catalogue', done: 0, total: 1, currentMetric: null });
  const [metrics, flows] = await Promise.all([source.listMetrics(signal), source.listFlows(signal)]);
  const triggers = new Map<string, string[]>();
  let done = 0;
  for (const metric of metrics) {
    signal?.throwIfAborted();
    onProgress({ accountId: account.id, phase: 'catalogue', done, total: metrics.length, currentMetric: metric.name });
    for (const flowId of await source.listFlowIdsTriggeredByMetric(metric.id, signal)) {
      triggers.set(flowId, [...(triggers.get(flowId) ?? []), metric.id]);
    }
    done += 1;
  }
  deps.cache.catalogue.replace(account.id, metrics, flows, triggers);
  deps.cache.state.updateAccount(account.id, { catalogueRefreshedAt: deps.clock.now().toISOString() });
}

async function fetchSeries(
  deps: SyncRunnerDeps,
  account: SyncAccount,
  source: SyncSource,
  requests: readonly AggregateRequest[],
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  const names = new Map(deps.cache.catalogue.listMetrics(account.id).map((m) => [m.id, m.name]));
  const chains = new Map<string, AggregateRequest[]>();
  for (const request of requests) {
    const key = watermarkKey(request.metricId, request.interval);
    chains.set(key, [...(chains.get(key) ?? []), request]);
  }
  const total = requests.length;
  let done = 0;
  let written = 0;
  onProgress({ accountId: account.id, phase: 'series', done, total, currentMetric: null });

  const queue = new PQueue({ concurrency: deps.metricConcurrency ?? 4 });
  const failures: unknown[] = [];
  for (const chain of chains.values()) {
    void queue.add(async () => {
      for (const request of chain) {
        if (failures.length > 0 || signal?.aborted) return;
        try {
          const rows = await source.queryAggregates(
            {
              metricId: request.metricId,
              interval: request.interval,
              start: dateFromSeconds(request.start),
              end: dateFromSeconds(request.end),
              timezone: account.timezone,
            },
            signal,
          );
          // Only buckets inside the asked range count: anything else is not ours to trust.
          const inRange = rows.filter((row) => row.start >= request.start && row.start < request.end);
          written += deps.cache.commitSeries(account.id, request.metricId, request.interval, inRange, request.end, deps.clock.now());
        } catch (caught) {
          failures.push(caught);
          return;
        }
        done += 1;
        onProgress({ accountId: account.id, phase: 'series', done, total, currentMetric: names.get(request.metricId) ?? null });
      }
    });
  }
  await queue.onIdle();
  if (failures.length > 0) throw failures[0];
  signal?.throwIfAborted();
  return written;
}

function toAppError(caught: unknown, signal?: AbortSignal): AppError {
  if (caught instanceof AppError) return caught;
  // A full or failing disk: the write's transaction rolled back, and the user is told which.
  const storage = storageError(caught);
  if (storage) return storage;
  if (signal?.aborted) return new AppError('cancelled', 'The sync was cancelled.');
  return new AppError('internal', caught instanceof Error ? caught.message : String(caught));
}

function diffCounts(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) {
    const delta = value - (before[key] ?? 0);
    if (delta > 0) out[key] = delta;
  }
  return out;
}
