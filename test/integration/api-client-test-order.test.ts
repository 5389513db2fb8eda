import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../main/simulator';
import { manualClock } from '../support/simulator-client';
import { simulatorApiClient } from '../support/simulator-api-client';

/**
 * The test-order check as the app makes it, with the real client against the simulator: a profile
 * looked up by an address the filter must encode (+) or escape ('), then its events, once the
 * simulator's clock has passed the integration's delay.
 */
const startIso = '2026-07-15T14:20:00Z';

describe('API client against the simulator: a test order', () => {
  it('finds the new profile (an address with +) and its Placed Order once the integration delay has passed', async () => {
    const clock = manualClock(startIso);
    const sim = await startSimulator({ clock, enforceRateLimits: false, testOrderDelayMs: 60_000 });
    try {
      const client = simulatorApiClient(sim);
      const placedOrder = (await client.listMetrics()).find((metric) => metric.name === 'Placed Order' && metric.integrationName === 'Shopify');
      const email = 'jane+storepulse@example.com';
      expect(await client.findProfileByEmail(email)).toBeNull();

      sim.placeTestOrder({ email, value: 42.5 });
      clock.advance(59_000);
      expect(await client.findProfileByEmail(email)).toBeNull();
      clock.advance(1_000);
      const profile = await client.findProfileByEmail(email);
      expect(profile).toEqual({ id: expect.any(String), email, created: '2026-07-15T14:21:00+00:00' });
      // The + went out as %2B: a bare + would have arrived as a space and matched nobody.
      expect(sim.requests.filter((request) => request.operation === 'getProfiles').at(-1)?.rawQuery).toContain('jane%2Bstorepulse%40example.com');

      const events = await client.listEventsForProfile({ profileId: profile?.id ?? '', metricId: placedOrder?.id ?? '', since: new Date('2026-07-15T00:00:00Z') });
      expect(events).toEqual([
        {
          id: expect.any(String),
          datetime: new Date(startIso).toISOString(),
          value: 42.5,
          properties: { $value: 42.5, OrderId: 'TEST-1001', ItemNames: expect.arrayContaining([expect.any(String)]) },
        },
      ]);
    } finally {
      await sim.close();
    }
  });
});

describe('API client against the simulator: addresses the filter must escape', () => {
  it('finds a profile whose address holds an apostrophe (quoted and escaped in the filter)', async () => {
    const sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    try {
      const client = simulatorApiClient(sim);
      const email = "o'brien+orders@example.com";
      sim.placeTestOrder({ email, delayMs: 0 });
      expect(await client.findProfileByEmail(email)).toMatchObject({ email });
      expect(await client.findProfileByEmail("o'brien@example.com")).toBeNull();
    } finally {
      await sim.close();
    }
  });
});
