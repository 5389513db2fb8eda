import type { Interval } from '../../shared/domain/metric';
import { addBuckets, bucketStart } from '../../shared/domain/account-time';

export interface SyncPolicy {
  hourlyBackfillDays: number;
  dailyBackfillDays: number;
  /** Re-fetch this much before the watermark: integrations deliver late and revise counts. */
  hourlyLateWindowHours: number;
  dailyLateWindowDays: number;
  /** Keep hourly requests to this span (the spec sets no limit; a cheap guard if one exists). */
  maxHourlyRequestDays: number;
  catalogueRefreshMinutes: number;
}

export const defaultSyncPolicy: SyncPolicy = {
  hourlyBackfillDays: 35,
  dailyBackfillDays: 400,
  hourlyLateWindowHours: 48,
  dailyLateWindowDays: 3,
  maxHourlyRequestDays: 7,
  catalogueRefreshMinutes: 60,
};

export interface PlannerInput {
  timezone: string;
  metricIds: readonly string[];
  /** `${metricId}:${interval}` -> watermark (epoch seconds, end of the last complete cached bucket). */
  watermarks: ReadonlyMap<string, number>;
  catalogueRefreshedAt: number | null;
  /** Metric ids seen in the data that the cached catalogue does not know. */
  unknownMetricSeen: boolean;
  now: number;
  policy: SyncPolicy;
}

export interface AggregateRequest {
  metricId: string;
  interval: Interval;
  /** Half-open range [start, end), epoch seconds, on bucket boundaries of the account's zone. */
  start: number;
  end: number;
  kind: 'backfill' | 'incremental';
}

export interface SyncPlan {
  refreshCatalogue: boolean;
  aggregates: AggregateRequest[];
}

export const watermarkKey = (metricId: string, interval: Interval): string => `${metricId}:${interval}`;

/**
 * The fewest requests that bring the cache up to the last complete bucket: a backfill for what has
 * never been fetched, otherwise one request per metric and interval from the watermark minus the
 * late-data window. Pure: the same input always gives the same plan.
 */
export function planSync(input: PlannerInput): SyncPlan {
  const { timezone, policy, now } = input;
  const refreshCatalogue =
    input.catalogueRefreshedAt === null ||
    input.unknownMetricSeen ||
    now - input.catalogueRefreshedAt >= policy.catalogueRefreshMinutes * 60;

  const aggregates: AggregateRequest[] = [];
  for (const metricId of input.metricIds) {
    for (const interval of ['hour', 'day'] as const) {
      const end = bucketStart(now, interval, timezone);
      const watermark = input.watermarks.get(watermarkKey(metricId, interval));
      const backfillStart =
        interval === 'hour'
          ? addBuckets(end, 'hour', -policy.hourlyBackfillDays * 24, timezone)
          : addBuckets(end, 'day', -policy.dailyBackfillDays, timezone);
      const start =
        watermark === undefined
          ? backfillStart
          : Math.max(
              backfillStart,
              interval === 'hour'
                ? addBuckets(bucketStart(watermark, 'hour', timezone), 'hour', -policy.hourlyLateWindowHours, timezone)
                : addBuckets(bucketStart(watermark, 'day', timezone), 'day', -policy.dailyLateWindowDays, timezone),
            );
      if (start >= end) continue;
      const kind = watermark === undefined ? 'backfill' : 'incremental';
      if (interval === 'day') {
        aggregates.push({ metricId, interval, start, end, kind });
        continue;
      }
      for (let chunkStart = start; chunkStart < end; ) {
        const chunkEnd = Math.min(end, addBuckets(chunkStart, 'hour', policy.maxHourlyRequestDays * 24, timezone));
        aggregates.push({ metricId, interval, start: chunkStart, end: chunkEnd, kind });
        chunkStart = chunkEnd;
      }
    }
  }
  return { refreshCatalogue, aggregates };
}
