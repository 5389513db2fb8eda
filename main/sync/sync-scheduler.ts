import type { Clock, Logger } from '../ports';
import type { SyncCoordinator } from './sync-coordinator';
import { nextSyncDelayMs } from './sync-schedule';
import type { SyncCache } from './sync-cache';

export interface Timers {
  set(callback: () => void, ms: number): () => void;
}

export const realTimers: Timers = {
  set(callback, ms) {
    const handle = setTimeout(callback, ms);
    // A scheduled sync must never keep a command-line process alive on its own.
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};

export interface SyncScheduler {
  start(): void;
  /** "Sync now": runs at once and restarts the account's timer from the result. */
  runNow(accountId: string): Promise<void>;
  forget(accountId: string): void;
  stop(): void;
}

/** Syncs every account on start, then on its own timer: the interval after success, a backoff after failure. */
export function createSyncScheduler(deps: {
  coordinator: SyncCoordinator;
  cache: SyncCache;
  clock: Clock;
  logger: Logger;
  timers: Timers;
  accountIds(): string[];
  intervalMinutes(): number;
}): SyncScheduler {
  const cancelTimers = new Map<string, () => void>();
  const failures = new Map<string, number>();
  let stopped = false;

  const schedule = (accountId: string, delay: number | null) => {
    cancelTimers.get(accountId)?.();
    cancelTimers.delete(accountId);
    const nextRetryAt = delay === null ? null : new Date(deps.clock.now().getTime() + delay).toISOString();
    deps.cache.state.updateAccount(accountId, { nextRetryAt });
    if (delay === null || stopped) return;
    cancelTimers.set(accountId, deps.timers.set(() => void run(accountId), delay));
  };

  const run = async (accountId: string): Promise<void> => {
    if (stopped) return;
    try {
      const result = await deps.coordinator.sync(accountId);
      const count = result.outcome === 'failed' ? (failures.get(accountId) ?? 0) + 1 : 0;
      failures.set(accountId, count);
      if (!deps.accountIds().includes(accountId)) return;
      schedule(accountId, nextSyncDelayMs(result.outcome, result.error?.code ?? null, count, deps.intervalMinutes()));
    } catch (error) {
      deps.logger.error('scheduled sync failed to start', { accountId, error: String(error) });
    }
  };

  return {
    start() {
      stopped = false;
      for (const accountId of deps.accountIds()) void run(accountId);
    },
    runNow: (accountId) => run(accountId),
    forget(accountId) {
      cancelTimers.get(accountId)?.();
      cancelTimers.delete(accountId);
      failures.delete(accountId);
    },
    stop() {
      stopped = true;
      for (const cancel of cancelTimers.values()) cancel();
      cancelTimers.clear();
    },
  };
}
