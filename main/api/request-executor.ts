import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios';
import { AppError, type ErrorCode } from '../../shared/domain/errors';
import type { Clock, Logger } from '../ports';
import { backoffDelay, type BackoffPolicy } from './backoff';
import { classifyResponse, classifyTransportError, type Failure } from './classify-failure';
import { operations, type OperationName } from '../../shared/klaviyo/operations';
import type { RateLimitBudget } from './rate-limit-budget';
import type { AccountRateLimiter } from './rate-limiter-registry';
import type { Sleep } from './sleep';

/**
 * Sends one API request the way Storepulse wants it sent: every attempt through the account's rate
 * limiter, each attempt under its own timeout, failures classified, the retriable ones retried
 * with backoff (or after the server's Retry-After), and cancellation honoured at every step:
 * while queued, while in flight and while waiting to retry.
 */

export interface RetryPolicy extends BackoffPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** A Retry-After longer than this is not waited out: the call fails as rate-limited at once. */
  maxRetryAfterMs: number;
}

/** Starts near 1 s as the digest suggests for 429s without Retry-After (§2.7). */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  factor: 2,
  maxDelayMs: 30_000,
  jitter: 0.5,
  maxRetryAfterMs: 90_000,
};

export const defaultTimeoutMs = 30_000;

/**
 * For a person waiting at a button ("Check the key"): one more try for a 429, a 5xx or a broken
 * connection, and no Retry-After longer than a second is waited out, so the worst case of waiting
 * between attempts stays under 2 s (see `worstCaseWaitMs`). Refusals (401, 403) are never retried
 * whatever the policy. The background sync keeps the patient default above.
 */
export const interactiveRetryPolicy: RetryPolicy = {
  maxAttempts: 2,
  baseDelayMs: 500,
  factor: 2,
  maxDelayMs: 1_000,
  jitter: 0.5,
  maxRetryAfterMs: 1_000,
};

/** Per attempt, for the same person: a server that does not answer in 10 s is as good as unreachable. */
export const interactiveTimeoutMs = 10_000;

/**
 * The longest a policy can make a call wait between its attempts: every retry waits at most the
 * larger of its backoff (without jitter, which only shortens it) and the longest Retry-After
 * obeyed. The sum of the schedule, so "answers quickly" is a property of data, not of a stopwatch.
 */
export function worstCaseWaitMs(policy: RetryPolicy): number {
  let total = 0;
  for (let retry = 1; retry < policy.maxAttempts; retry += 1) {
    total += Math.max(backoffDelay(retry, policy, () => 0), policy.maxRetryAfterMs);
  }
  return total;
}

export interface ExecutorDeps {
  http: AxiosInstance;
  limiter: AccountRateLimiter;
  retry: RetryPolicy;
  /** Per attempt, from the moment it is sent (time waiting in the limiter does not count). */
  timeoutMs: number;
  sleep: Sleep;
  random: () => number;
  clock: Clock;
  logger: Logger;
  /** Removes the key from text that came from elsewhere (a server echoing it in an error). */
  redact(text: string): string;
  onSend(operation: OperationName): void;
  /**
   * Told after every attempt: its failure's code, or null for a success. Lets a caller say
   * "offline" after the first failed attempt while the retries go on (the sync status line).
   */
  onAttempt?(code: ErrorCode | null): void;
  /**
   * The running sync's budget for 429s that say when to come back (Retry-After). With one, such a
   * 429 is waited out without using up an attempt, until the budget is spent (`rate-limit-storm`);
   * without one (a person at a button) it is a failed attempt like any other.
   */
  rateLimitBudget?(): RateLimitBudget | undefined;
  /** Told when a wait for the rate limit begins (with when it ends) and when it is over (null). */
  onRateLimitWait?(until: Date | null): void;
}

type Attempt = { response: AxiosResponse } | { error: unknown; timedOut: boolean };

function cancelled(operation: OperationName): AppError {
  const id = operations[operation].id;
  return new AppError('cancelled', `${id} was cancelled`, { operation: id });
}

async function sendOnce(config: AxiosRequestConfig, operation: OperationName, signal: AbortSignal | undefined, deps: ExecutorDeps): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, deps.timeoutMs);
  const relay = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', relay, { once: true });
  try {
    deps.onSend(operation);
    return { response: await deps.http.request({ ...config, signal: controller.signal }) };
  } catch (error) {
    return { error, timedOut };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', relay);
  }
}

function headersOf(response: AxiosResponse): Record<string, unknown> {
  return Object.fromEntries(Object.entries(response.headers ?? {}));
}

/** The failure of an attempt, `null` for a success. */
function failureOf(attempt: Attempt, operation: OperationName, deps: ExecutorDeps): Failure | null {
  if ('response' in attempt) {
    const { status, data } = attempt.response;
    return classifyResponse({ operation, status, headers: headersOf(attempt.response), body: data, now: deps.clock.now() });
  }
  const id = operations[operation].id;
  if (attempt.timedOut) {
    return { code: 'timeout', retriable: true, message: `${id} got no answer within ${deps.timeoutMs} ms`, params: { operation: id } };
  }
  const failure = classifyTransportError(attempt.error, operation);
  if (failure === null) {
    // Not a network failure: a bug of ours or of a library. It is not rethrown as is, because an
    // axios error carries the request config, Authorization header included, to whoever logs it.
    const message = deps.redact(attempt.error instanceof Error ? `${attempt.error.name}: ${attempt.error.message}` : String(attempt.error));
    deps.logger.error('API request failed unexpectedly', { operation: id, error: message });
    throw new AppError('internal', `${id} failed unexpectedly (${message})`, { operation: id });
  }
  return failure;
}

export async function executeRequest(
  config: AxiosRequestConfig,
  operation: OperationName,
  signal: AbortSignal | undefined,
  deps: ExecutorDeps,
): Promise<AxiosResponse> {
  const id = operations[operation].id;
  // Counts failed attempts only: a 429 waited out within the sync's budget is not one.
  let attempt = 0;
  for (;;) {
    attempt += 1;
    if (signal?.aborted) throw cancelled(operation);
    let outcome: Attempt;
    try {
      outcome = await deps.limiter.schedule(operation, () => sendOnce(config, operation, signal, deps), signal);
    } catch (error) {
      // sendOnce never rejects: this is the limiter giving the task up because the signal aborted.
      if (signal?.aborted) throw cancelled(operation);
      throw error;
    }
    if (signal?.aborted) throw cancelled(operation);

    const failure = failureOf(outcome, operation, deps);
    deps.onAttempt?.(failure?.code ?? null);
    const status = 'response' in outcome ? outcome.response.status : undefined;
    if (failure === null && 'response' in outcome) {
      deps.logger.info('API request done', { operation: id, status, attempt });
      return outcome.response;
    }
    if (failure === null) throw new Error('unreachable: only a response can succeed');

    const budget = failure.code === 'rate-limited' && failure.retryAfterMs !== undefined ? deps.rateLimitBudget?.() : undefined;
    if (budget !== undefined && failure.retryAfterMs !== undefined) {
      attempt -= 1;
      const until = budget.reserve(failure.retryAfterMs);
      if (until === null) {
        const minutes = String(Math.round(budget.spentMs() / 60_000));
        deps.logger.warn('API request stopped: rate-limit budget spent', { operation: id, status, spentMs: budget.spentMs() });
        throw new AppError('rate-limit-storm', `${id} was still rate-limited after ${minutes} minutes of waiting in this sync`, { operation: id });
      }
      deps.logger.warn('API request waits for the rate limit', { operation: id, status, waitMs: failure.retryAfterMs });
      deps.onRateLimitWait?.(until);
      try {
        await deps.sleep(failure.retryAfterMs, signal);
      } catch (error) {
        if (signal?.aborted) throw cancelled(operation);
        throw error;
      } finally {
        deps.onRateLimitWait?.(null);
      }
      continue;
    }

    const waitMs = failure.retryAfterMs ?? backoffDelay(attempt, deps.retry, deps.random);
    const giveUp = !failure.retriable || attempt >= deps.retry.maxAttempts || waitMs > deps.retry.maxRetryAfterMs;
    if (giveUp) {
      deps.logger.warn('API request failed', { operation: id, status, attempt, code: failure.code, detail: failure.message });
      throw new AppError(failure.code, deps.redact(failure.message), failure.params);
    }
    deps.logger.warn('API request will be retried', { operation: id, status, attempt, code: failure.code, waitMs });
    try {
      await deps.sleep(waitMs, signal);
    } catch (error) {
      if (signal?.aborted) throw cancelled(operation);
      throw error;
    }
  }
}
