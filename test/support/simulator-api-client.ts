import { createKlaviyoClient, type KlaviyoClientOptions } from '../../main/api';
import type { KlaviyoClient } from '../../main/api';
import { demoKeys, type RunningSimulator } from '../../main/simulator';
import { unlimitedRegistry } from './unlimited-registry';

/**
 * The real client pointed at a running simulator, for tests about something other than rate
 * limits (those have their own file): limits lifted on the client's side (the simulator is then
 * started with `enforceRateLimits: false`), short backoffs without jitter. Everything else is
 * the client as the app builds it.
 */
export function simulatorApiClient(sim: RunningSimulator, overrides: Partial<KlaviyoClientOptions> = {}): KlaviyoClient {
  return createKlaviyoClient({
    apiKey: demoKeys.outdoor,
    baseUrl: sim.url,
    rateLimiters: unlimitedRegistry(),
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    random: () => 0,
    ...overrides,
  });
}
