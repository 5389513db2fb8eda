import { AppError, type ErrorCode } from '../../shared/domain/errors';
import { systemClock, type Clock, type Logger } from '../ports';
import { createKlaviyoClient } from './klaviyo-client';
import { createRateLimitBudget, type RateLimitBudget } from './rate-limit-budget';
import type { RateLimiterRegistry } from './rate-limiter-registry';
import type { RetryPolicy } from './request-executor';
import type { Sleep } from './sleep';
import type { SyncSource } from './sync-source';
import type { KlaviyoClient } from './types';
import { secondsFromIso } from '../../shared/domain/account-time';

/** The account behind a key, as the API reports it (the accounts above build on it). */
export interface RemoteAccount {
  remoteId: string;
  name: string;
  timezone: string;
  currency: string;
}

/** What the rest of main needs from one account's API: the sync's reads and the account lookup. */
export interface AccountApi extends SyncSource {
  getAccount(signal?: AbortSignal): Promise<RemoteAccount>;
  /** "Check the key": the account behind it, once every scope the app needs is proven. */
  checkKey(signal?: AbortSignal): Promise<RemoteAccount>;
  client: KlaviyoClient;
}

/** Adapts the Klaviyo client to the sync's narrow interface (epoch-second buckets, catalogue rows). */
export function createAccountApi(options: {
  baseUrl: string;
  key: string;
  logger: Logger;
  rateLimiters: RateLimiterRegistry;
  retry?: Partial<RetryPolicy> | undefined;
  timeoutMs?: number;
  sleep?: Sleep;
  /** The rate-limit budget's clock: the same time the sleeps pass on. */
  clock?: Clock;
}): AccountApi {
  // One API object serves several runs over its life (it is cached per account and key), so who
  // listens changes: each run subscribes for its duration.
  const attemptListeners = new Set<(code: ErrorCode | null) => void>();
  // Likewise the running sync's rate-limit budget and who hears of its waits; none outside a sync.
  let runBudget: { budget: RateLimitBudget; onWait: (until: Date | null) => void } | undefined;
  const clock = options.clock ?? systemClock;
  const client = createKlaviyoClient({
    apiKey: options.key,
    baseUrl: options.baseUrl,
    logger: options.logger,
    rateLimiters: options.rateLimiters,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    clock,
    rateLimitBudget: () => runBudget?.budget,
    onRateLimitWait: (until) => runBudget?.onWait(until),
    onAttempt: (code) => {
      for (const listener of attemptListeners) listener(code);
    },
  });
  const getAccount = async (signal?: AbortSignal): Promise<RemoteAccount> => {
    const account = await client.getAccount({ signal });
    if (!account.timezone) {
      throw new AppError('bad-response', 'The account has no timezone.', { operation: 'get_accounts' });
    }
    return {
      remoteId: account.id,
      name: account.name ?? account.id,
      timezone: account.timezone,
      currency: account.currency ?? '',
    };
  };
  return {
    client,
    getAccount,
    async checkKey(signal) {
      const account = await getAccount(signal);
      await client.checkScopes({ signal });
      return account;
    },
    async listMetrics(signal) {
      return (await client.listMetrics({ signal })).map(({ id, name, integrationName, integrationCategory, created, updated }) => ({
        id,
        // A nameless metric still has history worth keeping; show its id rather than drop it.
        name: name ?? id,
        integrationName,
        integrationCategory,
        created,
        updated,
      }));
    },
    async listFlows(signal) {
      return (await client.listFlows({ signal })).map(({ id, name, status, triggerType, archived, created, updated }) => ({
        id,
        name: name ?? id,
        status,
        triggerType,
        archived: archived ?? false,
        created,
        updated,
      }));
    },
    async listFlowIdsTriggeredByMetric(metricId, signal) {
      return (await client.listFlowsTriggeredByMetric(metricId, { signal })).map((flow) => flow.id);
    },
    async queryAggregates(query, signal) {
      const { buckets } = await client.queryMetricAggregates(query, { signal });
      return buckets.map((bucket) => ({
        start: secondsFromIso(bucket.start),
        count: bucket.count,
        sumValue: bucket.sumValue,
        unique: bucket.unique,
      }));
    },
    stats: () => client.stats(),
    watchAttempts(listener) {
      attemptListeners.add(listener);
      return () => attemptListeners.delete(listener);
    },
    waitOutRateLimits(budgetMs, onWait) {
      const current = { budget: createRateLimitBudget({ budgetMs, clock }), onWait };
      runBudget = current;
      return () => {
        if (runBudget === current) runBudget = undefined;
      };
    },
  };
}
