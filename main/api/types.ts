import type { OperationName } from '../../shared/klaviyo/operations';

/**
 * A metric as the API describes it (Placed Order, Viewed Product, a custom metric…). Every field
 * but the id may be missing upstream, so nullable; the cache's `Metric` is the cleaned-up form.
 */
export interface ApiMetric {
  id: string;
  name: string | null;
  /** e.g. "Shopify", "API": tells which integration sends it (troubleshooting, domain.md §2). */
  integrationName: string | null;
  integrationCategory: string | null;
  /** As the API wrote it: metric timestamps have no declared format (digest §4). */
  created: string | null;
  updated: string | null;
}

/**
 * A flow as the API describes it. `status` and `triggerType` are kept as sent (`draft`/`manual`/
 * `live`, `Metric`/`Added to List`/…): the read schema lists no status values (digest §3.4).
 */
export interface ApiFlow {
  id: string;
  name: string | null;
  status: string | null;
  triggerType: string | null;
  archived: boolean | null;
  created: string | null;
  updated: string | null;
}

/** The account behind a private key. Nullable where the API may leave a field out. */
export interface KlaviyoAccount {
  id: string;
  /** contact_information.organization_name */
  name: string | null;
  /** IANA zone, stored as given (may be a legacy alias such as US/Eastern). */
  timezone: string | null;
  /** preferred_currency, e.g. USD */
  currency: string | null;
  publicApiKey: string | null;
}

export type AggregateInterval = 'hour' | 'day';
export type AggregateMeasurement = 'count' | 'sum_value' | 'unique';

export interface AggregateQuery {
  metricId: string;
  interval: AggregateInterval;
  /** Half-open range [start, end). */
  start: Date;
  end: Date;
  /** IANA zone the buckets are cut in (the account's). */
  timezone: string;
  /** Default: all three. Measurements not asked for come back as 0. */
  measurements?: readonly AggregateMeasurement[];
}

export interface AggregateBucket {
  /** Bucket start, ISO 8601 in UTC (`Date.prototype.toISOString`). */
  start: string;
  count: number;
  sumValue: number;
  unique: number;
}

export interface AggregateSeries {
  buckets: AggregateBucket[];
}

export interface ProfileMatch {
  id: string;
  email: string | null;
  created: string | null;
}

export interface ProfileEvent {
  id: string;
  /** ISO 8601 UTC, from `datetime` or else `timestamp`; null when the API gave neither. */
  datetime: string | null;
  /** `$value` of the event properties, when it is a number. */
  value?: number;
  properties: Record<string, unknown>;
}

export interface ProfileEventsQuery {
  profileId: string;
  metricId: string;
  since: Date;
}

export interface RequestStats {
  /** Every request sent, retries included. */
  requests: number;
  requestsByOperation: Record<OperationName, number>;
}

/** Per call: a signal that cancels this call only (the client's own signal cancels all). */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * One account's API, read-only. Every method validates what comes back and fails with an
 * `AppError` carrying one of the API error codes (invalid-key, missing-scope, bad-request,
 * bad-response, not-found, rate-limited, server-error, timeout, unreachable, cancelled).
 */
export interface KlaviyoClient {
  getAccount(options?: CallOptions): Promise<KlaviyoAccount>;
  /** Every page. */
  listMetrics(options?: CallOptions): Promise<ApiMetric[]>;
  /** Hourly ranges over 7 days are split into ≤ 7-day requests here and joined back. */
  queryMetricAggregates(query: AggregateQuery, options?: CallOptions): Promise<AggregateSeries>;
  /** Every page, 50 at a time, sorted by id; archived flows included. */
  listFlows(options?: CallOptions): Promise<ApiFlow[]>;
  listFlowsTriggeredByMetric(metricId: string, options?: CallOptions): Promise<ApiFlow[]>;
  /** null when no profile has that email. */
  findProfileByEmail(email: string, options?: CallOptions): Promise<ProfileMatch | null>;
  /** The 20 most recent events of that metric for that profile since `since`, newest first. */
  listEventsForProfile(query: ProfileEventsQuery, options?: CallOptions): Promise<ProfileEvent[]>;
  /**
   * Fails with `missing-scope` (naming it) unless the key may read metrics, flows, profiles and
   * events: one minimal request each. getAccount covers accounts:read.
   */
  checkScopes(options?: CallOptions): Promise<void>;
  stats(): RequestStats;
}
