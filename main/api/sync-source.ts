import type { ErrorCode } from '../../shared/domain/errors';
import type { Interval } from '../../shared/domain/metric';
import type { FlowInput, MetricInput } from '../db/repositories/catalogue-repository';

/**
 * What the sync needs from an account's API. The Klaviyo client implements it; keeping the
 * runner on this narrow interface keeps it independent of transport details. It lives with the
 * API, the lower floor, so the API promises it without depending on the sync above it.
 */
export interface SyncSource {
  listMetrics(signal?: AbortSignal): Promise<MetricInput[]>;
  listFlows(signal?: AbortSignal): Promise<FlowInput[]>;
  /** Flow ids triggered by the metric. */
  listFlowIdsTriggeredByMetric(metricId: string, signal?: AbortSignal): Promise<string[]>;
  queryAggregates(
    query: { metricId: string; interval: Interval; start: Date; end: Date; timezone: string },
    signal?: AbortSignal,
  ): Promise<{ start: number; count: number; sumValue: number; unique: number }[]>;
  stats(): { requests: number; requestsByOperation: Record<string, number> };
  /**
   * Hears the outcome of every request attempt (a failure's code, or null for a success) until
   * the returned function is called: how a run learns it is offline while its retries go on.
   */
  watchAttempts?(listener: (code: ErrorCode | null) => void): () => void;
  /**
   * Until the returned function is called, 429s that say when to come back are waited out within
   * `budgetMs` of waiting instead of counting as failed attempts; `onWait` hears when each wait
   * ends (null once it is over). Past the budget, calls fail with `rate-limit-storm`.
   */
  waitOutRateLimits?(budgetMs: number, onWait: (until: Date | null) => void): () => void;
}
