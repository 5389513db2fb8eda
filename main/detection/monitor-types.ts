import type { Sensitivity } from '../../shared/domain/sensitivity';
import type { DayFrame } from './local-clock';

/** One complete hourly bucket of a metric. */
export interface HourCount {
  /** Bucket start, epoch seconds. */
  start: number;
  count: number;
}

export interface MonitorContext {
  /** The account's IANA zone: hours of the week are local hours. */
  timezone: string;
  sensitivity: Sensitivity;
  /**
   * Events per hour below which the metric is watched daily: only windows of a day or more are
   * judged, once per local day at its last hour. A thin metric's hours are mostly noise; its days
   * are not. 0 or absent: always hourly.
   */
  minHourlyVolume?: number;
  /**
   * The account's country (ISO 3166-1 alpha-2), whose holidays widen the band; absent: the
   * time zone's usual country (retail-calendar.ts), null: only the days retail shares everywhere.
   */
  country?: string | null;
  /** End of the last complete synced bucket (epoch seconds): later hours are unknown, never zero. */
  watermark: number;
  /** The caller's clock (epoch seconds); only compared with the watermark to report a stale sync. */
  now: number;
  /** Metric name and integration, for the caller's bookkeeping (the rules do not depend on them). */
  metric: string;
  integration: string | null;
  /**
   * Optional first hour the cache covers for this metric (e.g. the metric's creation): on a first
   * call, the hours from there to the first given hour count as zero. Lets a metric with no event
   * at all still be watched (the "no Placed Order yet" case).
   */
  historyStart?: number;
}

/** A drop being alerted on, from its first anomalous hour. */
export interface Episode {
  /** First anomalous hour (bucket start, epoch seconds). */
  start: number;
  /** The hour at whose completion the alert fired (bucket start). */
  firedAt: number;
  /** Expected and observed counts from `start` to `firedAt` inclusive. */
  expected: number;
  observed: number;
  /** 1 - observed / expected over that span. */
  depth: number;
  /** Hours from `start` to `firedAt` inclusive. */
  windowHours: number;
  /**
   * Chance of so few events in the span that fired with nothing wrong (the negative-binomial
   * lower tail at the span's learnt dispersion): the evidence an alert states.
   */
  probability: number;
}

export type MonitorEvent =
  | {
      type: 'fired';
      start: number;
      firedAt: number;
      expected: number;
      observed: number;
      depth: number;
      windowHours: number;
      probability: number;
    }
  | { type: 'resolved'; at: number };

export type MonitorStatus =
  | { kind: 'warming-up'; historyHours: number; neededHours: number }
  | { kind: 'watching' }
  | { kind: 'alerting'; since: number }
  | { kind: 'stale'; watermark: number; now: number; lagHours: number };

/**
 * Everything a monitor keeps between runs, as plain JSON. The hourly ring holds the last
 * `RING_HOURS` hours; position = (hour index since `firstHour`) mod `RING_HOURS`.
 */
export interface MonitorState {
  /** 2: the drop scan (no running window sums). A state of another version is rebuilt from the cache. */
  version: 2;
  timezone: string;
  /** First hour ever fed (bucket start, epoch seconds). */
  firstHour: number;
  /** The next hour to feed: every hour in [firstHour, nextHour) has been judged. */
  nextHour: number;
  totalCount: number;
  firstEventHour: number | null;
  lastEventHour: number | null;
  ring: {
    count: number[];
    /** Expected count for the hour, as predicted before seeing it. */
    expected: number[];
    /** The level in force when the hour was predicted (events per hour before the weekly shape). */
    level: number[];
    /** Local hour of the week (0-167). */
    slot: number[];
    /** 0 = ordinary, 1 = incident (inside a drop episode), 2 = spike: both kept out of the baseline. */
    flag: number[];
    /** 1 on a known holiday or retail day of the account's country (retail-calendar.ts), else 0. */
    calendar: number[];
  };
  /** Hour index (since `firstHour`) of the latest incident or spike hour; -1 if none. */
  lastFlaggedIndex: number;
  /** Current robust level (events/hour) and 168-slot weekly shape (mean 1). */
  level: number;
  shape: number[];
  /** False until the first refit (the first day runs on the plain mean). */
  fitted: boolean;
  /** The local day of the last fed hour; the baseline is refitted when a new one starts. */
  day: DayFrame | null;
  /** That day is a known holiday or retail day. */
  retailDay: boolean;
  /** Negative-binomial dispersion per trailing window (`DISPERSION_WINDOWS`), refitted daily. */
  dispersion: number[];
  episode: Episode | null;
  /**
   * The latest run of spike hours, their surplus over expected, and how long it casts its shadow:
   * until the end of the local day after its last spike hour, a shallow drop must also show when
   * counted from the run's start, if the surplus was a real share of a day (a surge followed by a
   * lull, as on New Year's night, is demand moved, not lost).
   */
  surge: { start: number; lastSpike: number; until: number; surplus: number } | null;
  /** Last hour of the previous episode, so a new episode never reaches back into it. */
  lastEpisodeEnd: number | null;
}

export interface AdvanceResult {
  state: MonitorState;
  events: MonitorEvent[];
  status: MonitorStatus;
}
