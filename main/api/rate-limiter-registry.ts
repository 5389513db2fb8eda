import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { operationNames, operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * Client-side rate limiting, so that Storepulse stays under the spec's per-operation limits
 * (burst per second, steady per minute) instead of discovering them through 429s.
 *
 * Per (account, operation) two sliding-window p-queues are chained: the burst queue admits at most
 * `burst` tasks per second into the steady queue, whose task is the send itself, so the steady
 * window counts actual send times. The steady queue, when full, releases one task per expired
 * send, at the spacing of sends one window earlier, which were themselves burst-limited; so the
 * sends as a whole keep both limits.
 *
 * Limiters live in a registry keyed by (base URL, key), because the server counts per account:
 * several clients for one account share a budget, different accounts never do. The registry is
 * an object the host creates once and passes to every client (no module state).
 */

export interface OperationLimits {
  burstPerSecond: number;
  steadyPerMinute: number;
}

export interface RateLimitWindows {
  burstMs: number;
  steadyMs: number;
  /**
   * Added to each window. The server counts arrivals, not our send times, and a request sent
   * just after the window turns can arrive with less spacing than it left with (connection
   * set-up, loopback or network jitter). 100 ms on a second and 500 ms on a minute cost under
   * 10% and 1% of throughput.
   */
  burstMarginMs: number;
  steadyMarginMs: number;
}

export const defaultRateLimitWindows: RateLimitWindows = {
  burstMs: 1_000,
  steadyMs: 60_000,
  burstMarginMs: 100,
  steadyMarginMs: 500,
};

export interface RateLimiterRegistryOptions {
  /** Replace the spec's numbers (operations.ts), e.g. lower ones in tests. */
  limits?: Partial<Record<OperationName, Partial<OperationLimits>>>;
  /** Shorter windows, for tests of the steady limit that must not take a minute. */
  windows?: Partial<RateLimitWindows>;
}

export interface AccountRateLimiter {
  /** Runs `send` when both windows of `operation` allow; rejects with the signal's reason if it aborts first. */
  schedule<T>(operation: OperationName, send: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export interface RateLimiterRegistry {
  forAccount(baseUrl: string, apiKey: string): AccountRateLimiter;
}

function createOperationLimiter(limits: OperationLimits, windows: RateLimitWindows) {
  const burst = new PQueue({ intervalCap: limits.burstPerSecond, interval: windows.burstMs + windows.burstMarginMs, strict: true });
  const steady = new PQueue({ intervalCap: limits.steadyPerMinute, interval: windows.steadyMs + windows.steadyMarginMs, strict: true });
  return <T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    burst.add(() => steady.add(send, { signal }), { signal }) as Promise<T>;
}

function limitsFor(operation: OperationName, overrides: RateLimiterRegistryOptions['limits']): OperationLimits {
  const spec = operations[operation];
  return {
    burstPerSecond: overrides?.[operation]?.burstPerSecond ?? spec.burstPerSecond,
    steadyPerMinute: overrides?.[operation]?.steadyPerMinute ?? spec.steadyPerMinute,
  };
}

/** The key only as a digest: the registry outlives clients and has no need of the secret itself. */
function accountId(baseUrl: string, apiKey: string): string {
  return `${baseUrl.replace(/\/+$/, '')} ${createHash('sha256').update(apiKey).digest('hex')}`;
}

export function createRateLimiterRegistry(options: RateLimiterRegistryOptions = {}): RateLimiterRegistry {
  const windows = { ...defaultRateLimitWindows, ...options.windows };
  const accounts = new Map<string, AccountRateLimiter>();

  function createAccountLimiter(): AccountRateLimiter {
    const perOperation = new Map(operationNames.map((name) => [name, createOperationLimiter(limitsFor(name, options.limits), windows)]));
    return {
      schedule: (operation, send, signal) => {
        const limiter = perOperation.get(operation);
        if (limiter === undefined) throw new Error(`No rate limiter for operation ${operation}`);
        return limiter(send, signal);
      },
    };
  }

  return {
    forAccount(baseUrl, apiKey) {
      const id = accountId(baseUrl, apiKey);
      let limiter = accounts.get(id);
      if (limiter === undefined) {
        limiter = createAccountLimiter();
        accounts.set(id, limiter);
      }
      return limiter;
    },
  };
}
