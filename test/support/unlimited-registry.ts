import { operationNames } from '../../shared/klaviyo/operations';
import { createRateLimiterRegistry, type RateLimiterRegistry } from '../../main/api/rate-limiter-registry';

/** Limits so high they never wait: for tests about something other than rate limiting. */
export function unlimitedRegistry(): RateLimiterRegistry {
  return createRateLimiterRegistry({
    limits: Object.fromEntries(operationNames.map((name) => [name, { burstPerSecond: 10_000, steadyPerMinute: 1_000_000 }])),
  });
}
