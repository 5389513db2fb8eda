import { describe, expect, it } from 'vitest';
import { operations } from '../../../main/api/operations';
import { createRateLimiterRegistry } from '../../../main/api/rate-limiter-registry';
import { realSleep, type Sleep } from '../../../main/api/sleep';
import { AppError } from '../../../shared/domain/errors';
import { jsonApi, withReplies, withServer, type Reply } from './support/scripted-server';
import { maxInWindow, rejectionOf, testClient, testKey } from './support/test-client';

/**
 * Retries, cancellation and rate limits against scripted loopback servers. Each test has its own
 * server and its own limiter registry, so they run concurrently. Timing is proven on the server's
 * side, from the arrival times it records, counted per window: no assertion on how long anything
 * took.
 */

const profileId = '01J0000000000000000000000';
const events = jsonApi.collection([{ type: 'event', id: 'E1', attributes: { datetime: '2026-07-15T10:00:00+00:00', event_properties: { $value: 12 } } }]);
const eventsQuery = { profileId, metricId: 'M1', since: new Date('2026-07-15T00:00:00Z') };
const unavailable = jsonApi.errors(503, 'Unavailable');
const account: Reply = { json: jsonApi.collection([{ type: 'account', id: 'A1', attributes: {} }]) };
const aggregate: Reply = { json: { data: { type: 'metric-aggregate', id: 'q', attributes: { dates: [], data: [] } } } };
const aggregateQuery = { metricId: 'M1', interval: 'day' as const, start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-07-02T00:00:00Z'), timezone: 'UTC' };

describe.concurrent('retries', () => {
  it('waits out Retry-After on a 429, then succeeds', () =>
    withReplies([{ ...jsonApi.errors(429, 'Throttled', 'throttled'), headers: { 'Retry-After': '1' } }, { json: events }], async ({ url, arrivals }) => {
      const client = testClient(url);
      expect(await client.listEventsForProfile(eventsQuery)).toHaveLength(1);
      expect(arrivals).toHaveLength(2);
      // Measured by the server: the retry arrived no sooner than the second it was asked to wait.
      expect((arrivals[1]?.at ?? 0) - (arrivals[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
      expect(client.stats()).toMatchObject({ requests: 2, requestsByOperation: { getEvents: 2 } });
    }));

  it('retries a 503 twice, then succeeds', () =>
    withReplies([unavailable, unavailable, { json: events }], async ({ url, arrivals }) => {
      const client = testClient(url);
      expect(await client.listEventsForProfile(eventsQuery)).toEqual([
        { id: 'E1', datetime: '2026-07-15T10:00:00.000Z', value: 12, properties: { $value: 12 } },
      ]);
      expect(arrivals).toHaveLength(3);
      expect(client.stats().requests).toBe(3);
    }));

  it('retries a connection destroyed mid-request, then succeeds', () =>
    withReplies(['destroy', { json: events }], async ({ url, arrivals }) => {
      expect(await testClient(url).listEventsForProfile(eventsQuery)).toHaveLength(1);
      expect(arrivals).toHaveLength(2);
    }));

  it('retries a body cut short like a transport failure, then succeeds', () =>
    withReplies([{ text: '{"data":[{"type":"event","id":"E1","attr' }, { json: events }], async ({ url, arrivals }) => {
      expect(await testClient(url).listEventsForProfile(eventsQuery)).toHaveLength(1);
      expect(arrivals).toHaveLength(2);
    }));

  it('gives up on a body that stays cut short: bad-response naming the operation, after the cap', () =>
    withReplies([{ text: '{"data":[' }], async ({ url, arrivals }) => {
      expect(await rejectionOf(testClient(url).listEventsForProfile(eventsQuery))).toMatchObject({
        code: 'bad-response',
        params: { operation: 'get_events' },
      });
      expect(arrivals).toHaveLength(4);
    }));

  it('gives up on a server that never answers: timeout, after every attempt timed out', () =>
    withReplies(['hang'], async ({ url, arrivals }) => {
      const client = testClient(url, { timeoutMs: 100, retry: { baseDelayMs: 10, maxDelayMs: 10, maxAttempts: 3 } });
      expect(await rejectionOf(client.listEventsForProfile(eventsQuery))).toMatchObject({ code: 'timeout', params: { operation: 'get_events' } });
      expect(arrivals).toHaveLength(3);
    }));

  it('gives up on a 503 that persists: server-error after maxAttempts', () =>
    withReplies([unavailable], async ({ url, arrivals }) => {
      expect(await rejectionOf(testClient(url).listEventsForProfile(eventsQuery))).toMatchObject({ code: 'server-error' });
      expect(arrivals).toHaveLength(4);
    }));

  it('retries a refused connection a few times, then says unreachable', async () => {
    // A port that was just listening and no longer is.
    const url = await withReplies([{ json: events }], async (server) => server.url);
    const client = testClient(url);
    expect(await rejectionOf(client.listEventsForProfile(eventsQuery))).toMatchObject({ code: 'unreachable' });
    expect(client.stats().requests).toBe(4);
  });

  it('fails as rate-limited at once when Retry-After asks for longer than we are willing to wait', () =>
    withReplies([{ ...jsonApi.errors(429, 'Throttled'), headers: { 'Retry-After': '3600' } }], async ({ url, arrivals }) => {
      expect(await rejectionOf(testClient(url).listEventsForProfile(eventsQuery))).toMatchObject({ code: 'rate-limited' });
      expect(arrivals).toHaveLength(1);
    }));
});

describe.concurrent('cancellation', () => {
  it('cancels during a backoff sleep, without another request', () =>
    withReplies([unavailable], async ({ url, arrivals }) => {
      const controller = new AbortController();
      const sleeps: number[] = [];
      // Abort exactly while the client sleeps before its retry (a minute away): it must not wait it out.
      const sleep: Sleep = (ms, signal) => {
        sleeps.push(ms);
        queueMicrotask(() => controller.abort());
        return realSleep(ms, signal);
      };
      const client = testClient(url, { sleep, signal: controller.signal, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
      const error = await rejectionOf(client.listEventsForProfile(eventsQuery));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'cancelled', params: { operation: 'get_events' } });
      expect(sleeps).toEqual([60_000]);
      expect(arrivals).toHaveLength(1);
    }));

  it('cancels a request in flight as cancelled, not timeout', async () => {
    const controller = new AbortController();
    await withServer(
      () => {
        controller.abort();
        return 'hang';
      },
      async ({ url, arrivals }) => {
        const client = testClient(url, { timeoutMs: 60_000 });
        expect(await rejectionOf(client.listEventsForProfile(eventsQuery, { signal: controller.signal }))).toMatchObject({ code: 'cancelled' });
        expect(arrivals).toHaveLength(1);
      },
    );
  });

  it('cancels a call still waiting in the rate limiter, and leaves the others alone', () =>
    withReplies([account], async ({ url, arrivals }) => {
      // The spec's limits: get_accounts allows 1 per second, so the second call has to queue.
      const client = testClient(url, { rateLimiters: createRateLimiterRegistry() });
      const controller = new AbortController();
      const first = client.getAccount();
      const second = client.getAccount({ signal: controller.signal });
      controller.abort();
      expect(await rejectionOf(second)).toMatchObject({ code: 'cancelled', params: { operation: 'get_accounts' } });
      expect(await first).toMatchObject({ id: 'A1' });
      expect(arrivals).toHaveLength(1);
      expect(client.stats().requests).toBe(1);
    }));

  it('sends nothing when the client was already cancelled', () =>
    withReplies([{ json: events }], async ({ url, arrivals }) => {
      const client = testClient(url, { signal: AbortSignal.abort() });
      expect(await rejectionOf(client.listEventsForProfile(eventsQuery))).toMatchObject({ code: 'cancelled' });
      expect(arrivals).toHaveLength(0);
    }));
});

describe.concurrent('rate limits', () => {
  it('never lets more than the burst limit of metric-aggregates arrive in any second (spec limits)', () =>
    withReplies([aggregate], async ({ url, arrivals }) => {
      const burst = operations.queryMetricAggregates.burstPerSecond;
      const client = testClient(url, { rateLimiters: createRateLimiterRegistry() });
      await Promise.all(Array.from({ length: 2 * burst + 1 }, () => client.queryMetricAggregates(aggregateQuery)));
      expect(arrivals).toHaveLength(2 * burst + 1);
      expect(maxInWindow(arrivals.map((arrival) => arrival.at), 1_000)).toBe(burst);
    }));

  it('keeps the steady limit too, counted on send times (steady window shortened for the test)', () =>
    withReplies([aggregate], async ({ url, arrivals }) => {
      const rateLimiters = createRateLimiterRegistry({
        limits: { queryMetricAggregates: { burstPerSecond: 2, steadyPerMinute: 3 } },
        windows: { steadyMs: 1_500 },
      });
      const client = testClient(url, { rateLimiters });
      await Promise.all(Array.from({ length: 5 }, () => client.queryMetricAggregates(aggregateQuery)));
      const times = arrivals.map((arrival) => arrival.at);
      expect(times).toHaveLength(5);
      // Burst alone would let 4 arrive within 1.5 s (2, then 2 more 1.1 s later).
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(2);
      expect(maxInWindow(times, 1_500)).toBeLessThanOrEqual(3);
    }));

  it('sends retries back through the limiter', () =>
    withReplies([unavailable, account], async ({ url, arrivals }) => {
      // get_accounts allows 1 per second; the 10 ms backoff alone would let the retry in at once.
      const client = testClient(url, { rateLimiters: createRateLimiterRegistry(), retry: { baseDelayMs: 10, maxDelayMs: 10 } });
      await client.getAccount();
      expect(arrivals).toHaveLength(2);
      expect(maxInWindow(arrivals.map((arrival) => arrival.at), 1_000)).toBe(1);
    }));

  it('makes clients of one account share a budget, and separates accounts', () =>
    withReplies([account], async ({ url, arrivals }) => {
      const registry = createRateLimiterRegistry();
      const one = testClient(url, { rateLimiters: registry });
      const two = testClient(`${url}/`, { rateLimiters: registry, apiKey: ` ${testKey}` });
      await Promise.all([one.getAccount(), two.getAccount(), one.getAccount()]);
      expect(arrivals).toHaveLength(3);
      expect(maxInWindow(arrivals.map((arrival) => arrival.at), 1_000)).toBe(1);

      expect(registry.forAccount(url, testKey)).toBe(registry.forAccount(`${url}/`, testKey));
      expect(registry.forAccount(url, testKey)).not.toBe(registry.forAccount(url, 'pk_another_account_key'));
      expect(registry.forAccount(url, testKey)).not.toBe(registry.forAccount('https://a.klaviyo.com', testKey));
    }));
});
