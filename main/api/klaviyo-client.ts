import axios, { type AxiosResponse } from 'axios';
import type { Session } from 'klaviyo-api';
import type { z } from 'zod';
import { AppError, type ErrorCode } from '../../shared/domain/errors';
import { redactText } from '../logging/redact';
import { createRedactingLogger } from '../logging/redacting-logger';
import { systemClock, type Clock, type Logger } from '../ports';
import { mergeBuckets, splitRange } from './aggregate-ranges';
import { aggregateTimezone } from './aggregate-timezone';
import { normalizeApiKey } from './api-key';
import { and, equals, greaterOrEqual, lessThan } from './filters';
import { createKlaviyoSession } from './klaviyo-session';
import { operations, productionBaseUrl, type OperationName } from '../../shared/klaviyo/operations';
import { nextPageCursor } from './pagination';
import { parseBody } from './parse-body';
import type { RateLimitBudget } from './rate-limit-budget';
import { createRateLimiterRegistry, type RateLimiterRegistry } from './rate-limiter-registry';
import { defaultRetryPolicy, defaultTimeoutMs, executeRequest, type ExecutorDeps, type RetryPolicy } from './request-executor';
import { createRequestStats } from './request-stats';
import { accountFields, getAccountsSchema, toAccount } from './schemas/accounts';
import { eventFields, getEventsSchema, toProfileEvent } from './schemas/events';
import { flowFields, getFlowsSchema, toFlow } from './schemas/flows';
import { queryMetricAggregatesSchema, toBuckets } from './schemas/metric-aggregates';
import { getMetricsSchema, metricFields, toMetric } from './schemas/metrics';
import { getProfilesSchema, profileFields, toProfileMatch } from './schemas/profiles';
import { sdkApi } from './sdk-apis';
import { realSleep, type Sleep } from './sleep';
import type { AggregateMeasurement, CallOptions, KlaviyoClient } from './types';

export interface KlaviyoClientOptions {
  /** The private key; surrounding whitespace is trimmed here too, whatever the caller did. */
  apiKey: string;
  /** Default https://a.klaviyo.com; the demo store and tests pass a loopback URL. */
  baseUrl?: string;
  /** Share one registry between all clients of the app so that clients of one account share its budget. */
  rateLimiters?: RateLimiterRegistry;
  retry?: Partial<RetryPolicy>;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  /** Cancels every call of this client (a sync being stopped, an account being removed). */
  signal?: AbortSignal;
  /** Wrapped in a redacting logger: the key never reaches it. */
  logger?: Logger;
  clock?: Clock;
  sleep?: Sleep;
  /** Jitter source, [0, 1). */
  random?: () => number;
  /** After every attempt of every call: the failure's code, or null for a success. */
  onAttempt?: (code: ErrorCode | null) => void;
  /** The running sync's budget for waiting out 429s, read at each 429 (see `ExecutorDeps`). */
  rateLimitBudget?: () => RateLimitBudget | undefined;
  /** When a wait for the rate limit begins (with its end) and ends (null). */
  onRateLimitWait?: (until: Date | null) => void;
}

const allMeasurements: readonly AggregateMeasurement[] = ['count', 'sum_value', 'unique'];
const flowsPageSize = 50;
const eventsPageSize = 20;
/** A guard against a server that never stops sending next links; no real account comes near it. */
const maxPages = 10_000;

const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function checkedBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('invalid-input', 'The API base URL is not a URL.');
  }
  // Plain http would send the key in clear: only to this machine (the demo store, tests).
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('invalid-input', 'The API base URL must be https (http only on this machine).');
  }
  return raw.replace(/\/+$/, '');
}

export function createKlaviyoClient(options: KlaviyoClientOptions): KlaviyoClient {
  const { key: apiKey } = normalizeApiKey(options.apiKey);
  const baseUrl = checkedBaseUrl(options.baseUrl ?? productionBaseUrl);
  const stats = createRequestStats();
  const deps: ExecutorDeps = {
    // Statuses are ours to classify, so axios never throws for one.
    http: axios.create({ validateStatus: () => true }),
    limiter: (options.rateLimiters ?? createRateLimiterRegistry()).forAccount(baseUrl, apiKey),
    retry: { ...defaultRetryPolicy, ...options.retry },
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    clock: options.clock ?? systemClock,
    logger: createRedactingLogger(options.logger ?? silentLogger, () => [apiKey]),
    redact: (text) => redactText(text, [apiKey]),
    onSend: (operation) => stats.record(operation),
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
    ...(options.rateLimitBudget ? { rateLimitBudget: options.rateLimitBudget } : {}),
    ...(options.onRateLimitWait ? { onRateLimitWait: options.onRateLimitWait } : {}),
  };

  function signalFor(call: CallOptions | undefined): AbortSignal | undefined {
    const signals = [options.signal, call?.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  }

  /** One SDK call: a session bound to this operation, the SDK builds the request, the schema reads the answer. */
  async function call<Schema extends z.ZodType>(
    operation: OperationName,
    schema: Schema,
    invoke: (session: Session) => Promise<{ response: AxiosResponse }>,
    callOptions: CallOptions | undefined,
  ): Promise<z.output<Schema>> {
    const signal = signalFor(callOptions);
    let received: AxiosResponse | undefined;
    const session = createKlaviyoSession({
      apiKey,
      operation,
      basePath: baseUrl,
      execute: async (config) => (received = await executeRequest(config, operation, signal, deps)),
    });
    let response: AxiosResponse;
    try {
      ({ response } = await invoke(session));
    } catch (error) {
      // The SDK turns the body into its model classes before handing it back. Should that choke
      // on an odd shape, our schema, not the SDK's models, decides what the body is worth.
      if (error instanceof AppError || received === undefined) throw error;
      response = received;
    }
    return parseBody(operation, schema, response.data);
  }

  async function allPages<Page extends { links?: { next?: string | null } | null | undefined }>(
    operation: OperationName,
    fetchPage: (cursor: string | undefined) => Promise<Page>,
  ): Promise<Page[]> {
    const pages: Page[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      pages.push(page);
      cursor = nextPageCursor(operation, page.links?.next, baseUrl);
      if (cursor !== undefined && (seen.has(cursor) || pages.length >= maxPages)) {
        const id = operations[operation].id;
        throw new AppError('bad-response', `${id}: pagination does not end (cursor repeated or too many pages)`, { operation: id });
      }
      if (cursor !== undefined) seen.add(cursor);
    } while (cursor !== undefined);
    return pages;
  }

  return {
    async getAccount(callOptions) {
      const document = await call(
        'getAccounts',
        getAccountsSchema,
        async (session) => (await sdkApi('accounts', session, baseUrl)).getAccounts({ fieldsAccount: [...accountFields] }),
        callOptions,
      );
      return toAccount(document);
    },

    async listMetrics(callOptions) {
      const pages = await allPages('getMetrics', (pageCursor) =>
        call(
          'getMetrics',
          getMetricsSchema,
          async (session) =>
            (await sdkApi('metrics', session, baseUrl)).getMetrics({
              fieldsMetric: [...metricFields],
              ...(pageCursor === undefined ? {} : { pageCursor }),
            }),
          callOptions,
        ),
      );
      return pages.flatMap((page) => page.data.map(toMetric));
    },

    async queryMetricAggregates(query, callOptions) {
      if (!(query.start.getTime() < query.end.getTime())) {
        throw new AppError('invalid-input', 'An aggregate query needs start < end.');
      }
      const measurements = [...(query.measurements ?? allMeasurements)];
      const timezone = aggregateTimezone(query.timezone);
      const parts = [];
      // One range after the other, not in parallel: the limiter would serialize them anyway,
      // and a failure should not leave other requests of the same query in flight.
      for (const range of splitRange(query.interval, query.start, query.end)) {
        const document = await call(
          'queryMetricAggregates',
          queryMetricAggregatesSchema,
          async (session) =>
            (await sdkApi('metrics', session, baseUrl)).queryMetricAggregates({
              data: {
                type: 'metric-aggregate',
                attributes: {
                  metricId: query.metricId,
                  measurements,
                  interval: query.interval,
                  timezone,
                  filter: [greaterOrEqual('datetime', range.start, timezone), lessThan('datetime', range.end, timezone)],
                },
              },
            }),
          callOptions,
        );
        parts.push(toBuckets(document));
      }
      return { buckets: mergeBuckets(parts) };
    },

    async listFlows(callOptions) {
      const pages = await allPages('getFlows', (pageCursor) =>
        call(
          'getFlows',
          getFlowsSchema,
          async (session) =>
            (await sdkApi('flows', session, baseUrl)).getFlows({
              fieldsFlow: [...flowFields],
              pageSize: flowsPageSize,
              sort: 'id',
              ...(pageCursor === undefined ? {} : { pageCursor }),
            }),
          callOptions,
        ),
      );
      return pages.flatMap((page) => page.data.map(toFlow));
    },

    async listFlowsTriggeredByMetric(metricId, callOptions) {
      const document = await call(
        'getFlowsTriggeredByMetric',
        getFlowsSchema,
        async (session) => (await sdkApi('metrics', session, baseUrl)).getFlowsTriggeredByMetric(metricId, { fieldsFlow: [...flowFields] }),
        callOptions,
      );
      if (document.links?.next) {
        // The endpoint takes no cursor (digest §3.3), so a next link cannot be followed; say so.
        deps.logger.warn('flow-triggers answered a next page that cannot be requested', { metricId });
      }
      return document.data.map(toFlow);
    },

    async findProfileByEmail(email, callOptions) {
      // Trimmed for the same reason keys are: pasted addresses carry stray spaces. Case is left
      // alone, since whether the API matches case-insensitively is not specified.
      const address = email.trim();
      if (address === '') throw new AppError('invalid-input', 'An email address is needed to look a profile up.');
      const document = await call(
        'getProfiles',
        getProfilesSchema,
        async (session) =>
          (await sdkApi('profiles', session, baseUrl)).getProfiles({
            filter: equals('email', address),
            fieldsProfile: [...profileFields],
            pageSize: 1,
          }),
        callOptions,
      );
      return toProfileMatch(document);
    },

    async listEventsForProfile(query, callOptions) {
      const document = await call(
        'getEvents',
        getEventsSchema,
        async (session) =>
          (await sdkApi('events', session, baseUrl)).getEvents({
            filter: and(equals('profile_id', query.profileId), equals('metric_id', query.metricId), greaterOrEqual('datetime', query.since)),
            fieldsEvent: [...eventFields],
            sort: '-datetime',
            pageSize: eventsPageSize,
          }),
        callOptions,
      );
      return document.data.map(toProfileEvent);
    },

    async checkScopes(callOptions) {
      // The API has no call that lists a key's scopes, so each scope the app needs is tried with
      // the cheapest read that needs it (one short page, results thrown away). A 403 names the
      // scope of the operation that was refused (classify-failure); accounts:read is proven by
      // getAccount. One after the other: the first refusal is the answer.
      await call('getMetrics', getMetricsSchema, async (session) => (await sdkApi('metrics', session, baseUrl)).getMetrics({ fieldsMetric: [...metricFields] }), callOptions);
      await call(
        'getFlows',
        getFlowsSchema,
        async (session) => (await sdkApi('flows', session, baseUrl)).getFlows({ fieldsFlow: [...flowFields], pageSize: 1 }),
        callOptions,
      );
      await call(
        'getProfiles',
        getProfilesSchema,
        async (session) => (await sdkApi('profiles', session, baseUrl)).getProfiles({ fieldsProfile: [...profileFields], pageSize: 1 }),
        callOptions,
      );
      await call(
        'getEvents',
        getEventsSchema,
        async (session) => (await sdkApi('events', session, baseUrl)).getEvents({ fieldsEvent: [...eventFields], pageSize: 1 }),
        callOptions,
      );
    },

    stats: () => stats.snapshot(),
  };
}
