/** The account API client: what the rest of main uses. */
export { normalizeApiKey, type NormalizedApiKey } from './api-key';
export { createKlaviyoClient, type KlaviyoClientOptions } from './klaviyo-client';
export { createRateLimiterRegistry, type RateLimiterRegistry, type RateLimiterRegistryOptions } from './rate-limiter-registry';
export type { RetryPolicy } from './request-executor';
export type * from './types';
