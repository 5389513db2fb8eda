import { createKlaviyoClient, type KlaviyoClientOptions } from '../../../../main/api/klaviyo-client';
import { operationNames } from '../../../../main/api/operations';
import { createRateLimiterRegistry, type RateLimiterRegistry } from '../../../../main/api/rate-limiter-registry';
import type { KlaviyoClient } from '../../../../main/api/types';

export const testKey = 'pk_test0123456789abcdef0123456789ab';

/** Limits so high they never wait: for tests about something other than rate limiting. */
export function unlimitedRegistry(): RateLimiterRegistry {
  return createRateLimiterRegistry({
    limits: Object.fromEntries(operationNames.map((name) => [name, { burstPerSecond: 10_000, steadyPerMinute: 1_000_000 }])),
  });
}

/** A client with short backoffs and no jitter, unless the test says otherwise. */
export function testClient(baseUrl: string, overrides: Partial<KlaviyoClientOptions> = {}): KlaviyoClient {
  return createKlaviyoClient({
    apiKey: testKey,
    baseUrl,
    rateLimiters: unlimitedRegistry(),
    retry: { baseDelayMs: 20, maxDelayMs: 100, maxAttempts: 4 },
    random: () => 0,
    timeoutMs: 2_000,
    ...overrides,
  });
}

/** The most arrivals that fall in any window [t, t + windowMs) starting at an arrival. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (const [i, start] of sorted.entries()) {
    let count = 0;
    for (let j = i; j < sorted.length && (sorted[j] as number) < start + windowMs; j += 1) count += 1;
    max = Math.max(max, count);
  }
  return max;
}

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
