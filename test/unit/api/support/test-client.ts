import { createKlaviyoClient, type KlaviyoClientOptions } from '../../../../main/api/klaviyo-client';
import type { KlaviyoClient } from '../../../../main/api/types';
import { unlimitedRegistry } from '../../../support/unlimited-registry';

export const testKey = 'pk_test0123456789abcdef0123456789ab';

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

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
