/**
 * The spec's per-operation limits (`x-klaviyo-ratelimit`: burst per second, steady per minute),
 * enforced per key and operation as rolling windows over arrival times (our choice; Klaviyo's
 * guide speaks of fixed windows, which a client that respects rolling ones also satisfies).
 * Refused requests do not use up a slot.
 */
export interface RateLimits {
  readonly burstPerSecond: number;
  readonly steadyPerMinute: number;
}

export type RateDecision =
  | { readonly admitted: true; readonly limit: number; readonly remaining: number; readonly resetSeconds: number }
  | { readonly admitted: false; readonly retryAfterSeconds: number };

const secondMs = 1000;
const minuteMs = 60_000;

/** When the window next has a free slot: once enough of its oldest arrivals have left it. */
function freesAt(arrivals: readonly number[], nowMs: number, windowMs: number, limit: number): number | null {
  const inWindow = arrivals.filter((at) => at > nowMs - windowMs);
  if (inWindow.length < limit) return null;
  return (inWindow[inWindow.length - limit] ?? nowMs) + windowMs;
}

export interface RateLimiter {
  admit(bucket: string, limits: RateLimits, nowMs: number): RateDecision;
}

export function createRateLimiter(): RateLimiter {
  const arrivalsByBucket = new Map<string, number[]>();
  return {
    admit(bucket, limits, nowMs) {
      const arrivals = (arrivalsByBucket.get(bucket) ?? []).filter((at) => at > nowMs - minuteMs);
      arrivalsByBucket.set(bucket, arrivals);
      const frees = [freesAt(arrivals, nowMs, secondMs, limits.burstPerSecond), freesAt(arrivals, nowMs, minuteMs, limits.steadyPerMinute)];
      const waitUntil = Math.max(...frees.map((at) => at ?? -Infinity));
      if (waitUntil > -Infinity) {
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((waitUntil - nowMs) / secondMs)) };
      }
      arrivals.push(nowMs);
      const oldest = arrivals[0] ?? nowMs;
      return {
        admitted: true,
        limit: limits.steadyPerMinute,
        remaining: Math.max(0, limits.steadyPerMinute - arrivals.length),
        resetSeconds: Math.max(1, Math.ceil((oldest + minuteMs - nowMs) / secondMs)),
      };
    },
  };
}
