import PQueue from 'p-queue';
import type { AccountStatus, SyncProgress } from '../../shared/domain/sync';
import { AppError, type ErrorCode } from '../../shared/domain/errors';
import type { Clock, EventSink, Logger } from '../ports';
import { storageError } from '../db/storage-errors';
import { defaultRateLimitBudgetMinutes } from '../api/rate-limit-budget';
import { deriveAccountStatus } from './account-status';
import { createRateLimitWaits, type RateLimitWaits } from './rate-limit-waits';
import { runAccountSync, type SyncAccount, type SyncRunResult } from './sync-runner';
import type { SyncPolicy } from './sync-planner';
import type { SyncSource } from '../api/sync-source';
import type { SyncCache } from './sync-cache';

export interface SyncCoordinatorDeps {
  cache: SyncCache;
  clock: Clock;
  logger: Logger;
  events: EventSink;
  policy: SyncPolicy;
  listAccounts(): SyncAccount[];
  /** Builds the account's API source; throws `missing-key` when its key is gone. */
  sourceFor(accountId: string): Promise<SyncSource>;
  /**
   * Accounts syncing at the same time (default 4); the others wait their turn. An agency with
   * fifty accounts would otherwise hold fifty syncs' responses in memory at once, on a machine
   * whose cores cannot run them faster together anyway.
   */
  maxParallelAccounts?: number;
  /** How long one run may spend waiting out the API's rate limit before it stops (default 10 min). */
  rateLimitBudgetMs?: number;
  /** Called after each successful run, e.g. to run detection on the fresh data. */
  afterSync?(accountId: string, result: SyncRunResult): void | Promise<void>;
}

export interface SyncCoordinator {
  /** Starts a run for the account unless one is running; resolves when that run ends. */
  sync(accountId: string): Promise<SyncRunResult>;
  syncAll(): Promise<SyncRunResult[]>;
  cancel(accountId: string): boolean;
  /** The next run refreshes the metric and flow catalogue whatever its age ("Sync now" means all of it). */
  refreshCatalogueNext(accountId: string): void;
  status(accountId: string): AccountStatus;
  isRunning(accountId: string): boolean;
  /** Cancels every run and waits for them to end. */
  stop(): Promise<void>;
}

/**
 * One run per account at a time, several accounts in parallel (each with its own rate budget inside
 * its client), progress and status pushed to the renderer as they change.
 */
export function createSyncCoordinator(deps: SyncCoordinatorDeps): SyncCoordinator {
  const running = new Map<
    string,
    {
      promise: Promise<SyncRunResult>;
      controller: AbortController;
      progress: SyncProgress | null;
      latestAttempt: ErrorCode | null;
      waits: RateLimitWaits;
    }
  >();
  const rateLimitBudgetMs = deps.rateLimitBudgetMs ?? defaultRateLimitBudgetMinutes * 60_000;
  const slots = new PQueue({ concurrency: deps.maxParallelAccounts ?? 4 });

  const status = (accountId: string): AccountStatus => {
    const entry = running.get(accountId);
    // A run waiting for its slot or its key has no progress yet, but it is under way: "Sync now"
    // answers at once with syncing, not with the line it had before.
    const progress = entry ? (entry.progress ?? { accountId, phase: 'catalogue' as const, done: 0, total: 0, currentMetric: null }) : null;
    return deriveAccountStatus(
      accountId,
      deps.cache.state.account(accountId),
      progress,
      deps.clock.now(),
      entry?.latestAttempt ?? null,
      entry?.waits.until() ?? null,
    );
  };
  const publishStatus = (accountId: string) => deps.events.emit('accounts:status', status(accountId));

  const start = (account: SyncAccount): Promise<SyncRunResult> => {
    const controller = new AbortController();
    const entry = {
      controller,
      progress: null as SyncProgress | null,
      latestAttempt: null as ErrorCode | null,
      waits: createRateLimitWaits(),
      promise: Promise.resolve(null as unknown as SyncRunResult),
    };
    entry.promise = (async () => {
      let result: SyncRunResult;
      try {
        result = await slots.add(async () => {
          const source = await deps.sourceFor(account.id);
          // The status changes as soon as one attempt finds no network (or finds it again),
          // not only when the client has spent every retry.
          const unwatch = source.watchAttempts?.((code) => {
            if (code === entry.latestAttempt) return;
            entry.latestAttempt = code;
            publishStatus(account.id);
          });
          const stopWaitingOut = source.waitOutRateLimits?.(rateLimitBudgetMs, (until) => {
            if (entry.waits.hear(until)) publishStatus(account.id);
          });
          try {
            return await runAccountSync(
              { cache: deps.cache, clock: deps.clock, logger: deps.logger, policy: deps.policy },
              account,
              source,
              (progress) => {
                entry.progress = progress;
                deps.events.emit('sync:progress', progress);
                publishStatus(account.id);
              },
              controller.signal,
            );
          } finally {
            unwatch?.();
            stopWaitingOut?.();
          }
        });
      } catch (caught) {
        // Even recording the run can fail on a full disk: still a disk error, not an "internal" one.
        const error = caught instanceof AppError ? caught : (storageError(caught) ?? new AppError('internal', String(caught)));
        deps.cache.state.updateAccount(account.id, {
          lastErrorCode: error.code,
          lastErrorMessage: error.message,
          lastErrorParams: error.params ?? null,
        });
        result = { outcome: 'failed', requests: 0, requestsByOperation: {}, rowsWritten: 0, metrics: 0, error };
      } finally {
        running.delete(account.id);
      }
      if (result.error) deps.logger.warn('sync ended with an error', { accountId: account.id, code: result.error.code });
      publishStatus(account.id);
      if (result.outcome === 'success') await deps.afterSync?.(account.id, result);
      return result;
    })();
    running.set(account.id, entry);
    publishStatus(account.id);
    return entry.promise;
  };

  return {
    sync(accountId) {
      const current = running.get(accountId);
      if (current) return current.promise;
      const account = deps.listAccounts().find((a) => a.id === accountId);
      if (!account) return Promise.reject(new AppError('not-found', `No account ${accountId}.`));
      return start(account);
    },
    syncAll() {
      return Promise.all(deps.listAccounts().map((account) => running.get(account.id)?.promise ?? start(account)));
    },
    refreshCatalogueNext(accountId) {
      deps.cache.state.updateAccount(accountId, { catalogueRefreshedAt: null });
    },
    cancel(accountId) {
      const current = running.get(accountId);
      current?.controller.abort();
      return current !== undefined;
    },
    status,
    isRunning: (accountId) => running.has(accountId),
    async stop() {
      const all = [...running.values()];
      for (const entry of all) entry.controller.abort();
      await Promise.allSettled(all.map((entry) => entry.promise));
    },
  };
}
