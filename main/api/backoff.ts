/**
 * How long to wait before retry number `retry` (1 for the first retry): exponential from
 * `baseDelayMs` by `factor`, capped at `maxDelayMs`, then jittered down by up to `jitter` of itself
 * so that clients that failed together do not retry together. `random` returns [0, 1) and is
 * injected so tests can pin the jitter.
 */
export interface BackoffPolicy {
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Fraction of the delay that is random: 0 = none, 1 = anywhere in [0, delay]. */
  jitter: number;
}

export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const exponential = policy.baseDelayMs * policy.factor ** Math.max(0, retry - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  return Math.round(capped * (1 - jitter * random()));
}
