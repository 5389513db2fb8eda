import { operationNames } from '../../shared/klaviyo/operations';
import { createRateLimiterRegistry, type RateLimiterRegistry, type RateLimiterRegistryOptions } from '../../main/api/rate-limiter-registry';

/** Limits so high they never wait: for tests about something other than rate limiting. */
export const unlimitedRateLimits: RateLimiterRegistryOptions = {
  limits: Object.fromEntries(operationNames.map((name) => [name, { burstPerSecond: 10_000, steadyPerMinute: 1_000_000 }])),
};

export function unlimitedRegistry(): RateLimiterRegistry {
  return createRateLimiterRegistry(unlimitedRateLimits);
}
