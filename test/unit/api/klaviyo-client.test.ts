import type { AxiosRequestConfig } from 'axios';
import { ApiKeySession } from 'klaviyo-api';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createKlaviyoClient, type KlaviyoClientOptions } from '../../../main/api/klaviyo-client';
import { apiRevision, operations } from '../../../shared/klaviyo/operations';
import { createRateLimiterRegistry, type RateLimiterRegistry } from '../../../main/api/rate-limiter-registry';
import { realSleep, type Sleep } from '../../../main/api/sleep';
import type { KlaviyoClient } from '../../../main/api/types';
import { AppError } from '../../../shared/domain/errors';
import { recordingLogger } from '../../support/fake-ports';
import {
  jsonApi,
  startScriptedServer,
  withReplies,
  withServer,
  type Arrival,
  type Reply,
  type ScriptedServer,
} from './support/scripted-server';
import { maxInWindow } from '../../support/arrival-windows';
import { unlimitedRegistry } from '../../support/unlimited-registry';
import { rejectionOf, testClient, testKey } from './support/test-client';

/**
 * The client against small scripted HTTP servers on 127.0.0.1 that stand in for the remote API:
 * what it sends, how it pages, how it reads answers and refusals, how it retries, cancels and
 * keeps to the rate limits.
 *
 * One file, the tests concurrent (but the rate limits, which run on fake timers): each test has its
 * own server and its own limiter registry, and the SDK (slow to load) is loaded once. Rate limits
 * are proven from send times on a fake clock, other timing from the arrival times the server
 * records, counted per window: no assertion on how long anything took.
 */
const servers = new Set<ScriptedServer>();
afterAll(async () => {
  await Promise.all([...servers].map((server) => server.close()));
});

/** A server closed when the file is done. */
async function serve(script: (arrival: Arrival) => Reply | Promise<Reply>): Promise<ScriptedServer> {
  const server = await startScriptedServer(script);
  servers.add(server);
  return server;
}

const emptyCollection: Reply = { json: jsonApi.collection([]) };

function aggregateAnswer(arrival: Arrival): Reply {
  // One bucket per hour of the requested range, so each range's answer is recognisable.
  const [from, to] = (JSON.parse(arrival.body) as { data: { attributes: { filter: string[] } } }).data.attributes.filter.map((f) =>
    Date.parse(f.slice(f.indexOf(',') + 1, -1)),
  ) as [number, number];
  const dates: string[] = [];
  for (let t = from; t < to; t += 3_600_000) dates.push(new Date(t).toISOString().replace('.000Z', '+00:00'));
  return {
    json: {
      data: {
        type: 'metric-aggregate',
        id: `q${arrival.index}`,
        attributes: { dates, data: [{ dimensions: [], measurements: { count: dates.map(() => 1), sum_value: dates.map(() => 2.5), unique: dates.map(() => null) } }] },
        links: { self: 'x' },
      },
    },
  };
}

const profileId = '01J0000000000000000000000';
const events = jsonApi.collection([{ type: 'event', id: 'E1', attributes: { datetime: '2026-07-15T10:00:00+00:00', event_properties: { $value: 12 } } }]);
const eventsQuery = { profileId, metricId: 'M1', since: new Date('2026-07-15T00:00:00Z') };
const unavailable = jsonApi.errors(503, 'Unavailable');
const account: Reply = { json: jsonApi.collection([{ type: 'account', id: 'A1', attributes: {} }]) };
const aggregate: Reply = { json: { data: { type: 'metric-aggregate', id: 'q', attributes: { dates: [], data: [] } } } };
const aggregateQuery = { metricId: 'M1', interval: 'day' as const, start: new Date('2026-07-01T00:00:00Z'), end: new Date('2026-07-02T00:00:00Z'), timezone: 'UTC' };

/**
 * The rate limits are proven on a fake clock: the limiter (p-queue) paces itself with the global
 * `Date.now` and `setTimeout`, which vitest's fake timers replace, and each send's time is read
 * from that clock as the limiter lets it go. A loaded machine can delay a send or an arrival on
 * the wall clock, but not on this one, so the counts per window are exact; with the limiter gone
 * every send would happen at the same fake instant.
 *
 * Only `setTimeout` and `Date` are faked: sockets and `setImmediate` stay real, so the requests
 * still go to the scripted server while the clock is moved in small steps.
 */
async function onFakeClock<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    work().then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    // Bounded, so a limiter that never lets go fails here instead of spinning past the test's
    // timeout with the fake timers still installed.
    for (let elapsedMs = 0; outcome === undefined; elapsedMs += 10) {
      if (elapsedMs > 600_000) throw new Error('still waiting after 10 minutes on the fake clock');
      await vi.advanceTimersByTimeAsync(10);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  } finally {
    vi.useRealTimers();
  }
}

/** The same registry, with the time (on the current clock) at which each send was let go. */
function recordSends(inner: RateLimiterRegistry): { registry: RateLimiterRegistry; times: number[] } {
  const times: number[] = [];
  return {
    times,
    registry: {
      forAccount(baseUrl, apiKey) {
        const limiter = inner.forAccount(baseUrl, apiKey);
        return {
          schedule: (operation, send, signal) =>
            limiter.schedule(
              operation,
              () => {
                times.push(Date.now());
                return send();
              },
              signal,
            ),
        };
      },
    },
  };
}

/**
 * A client whose waits are on the fake clock, and whose per-request timeout (a fake timer too)
 * lies far beyond the steps the clock is moved while a loopback answer is on its way.
 */
function onFakeClockClient(url: string, overrides: Partial<KlaviyoClientOptions> = {}): KlaviyoClient {
  return testClient(url, {
    timeoutMs: 86_400_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ...overrides,
  });
}

describe.concurrent('Klaviyo client against a scripted server', () => {
  // Sequential, and first in the file: these run on fake timers, which are global to the file,
  // so they must not overlap the other tests (vitest runs a non-concurrent group on its own).
  describe('rate limits', { concurrent: false }, () => {
    it('never lets more than the burst limit of metric-aggregates go in any second (spec limits)', () =>
      withReplies([aggregate], async ({ url, arrivals }) => {
        const burst = operations.queryMetricAggregates.burstPerSecond;
        const sends = recordSends(createRateLimiterRegistry());
        const client = onFakeClockClient(url, { rateLimiters: sends.registry });
        await onFakeClock(() => Promise.all(Array.from({ length: 2 * burst + 1 }, () => client.queryMetricAggregates(aggregateQuery))));
        expect(arrivals).toHaveLength(2 * burst + 1);
        expect(sends.times).toHaveLength(2 * burst + 1);
        expect(maxInWindow(sends.times, 1_000)).toBe(burst);
      }));

    it('keeps the steady limit too, counted on send times (steady window shortened for the test)', () =>
      withReplies([aggregate], async ({ url, arrivals }) => {
        const sends = recordSends(
          createRateLimiterRegistry({
            limits: { queryMetricAggregates: { burstPerSecond: 2, steadyPerMinute: 3 } },
            windows: { steadyMs: 1_500 },
          }),
        );
        const client = onFakeClockClient(url, { rateLimiters: sends.registry });
        await onFakeClock(() => Promise.all(Array.from({ length: 5 }, () => client.queryMetricAggregates(aggregateQuery))));
        expect(arrivals).toHaveLength(5);
        expect(sends.times).toHaveLength(5);
        // Burst alone would let 4 go within 1.5 s (2, then 2 more 1.1 s later).
        expect(maxInWindow(sends.times, 1_000)).toBeLessThanOrEqual(2);
        expect(maxInWindow(sends.times, 1_500)).toBeLessThanOrEqual(3);
      }));

    it('sends retries back through the limiter', () =>
      withReplies([unavailable, account], async ({ url, arrivals }) => {
        // get_accounts allows 1 per second; the 10 ms backoff (on the same clock) alone would let
        // the retry go at once.
        const sends = recordSends(createRateLimiterRegistry());
        const client = onFakeClockClient(url, { rateLimiters: sends.registry, retry: { baseDelayMs: 10, maxDelayMs: 10 } });
        await onFakeClock(() => client.getAccount());
        expect(arrivals).toHaveLength(2);
        expect(sends.times).toHaveLength(2);
        expect(maxInWindow(sends.times, 1_000)).toBe(1);
      }));

    it('makes clients of one account share a budget, and separates accounts', () =>
      withReplies([account], async ({ url, arrivals }) => {
        const registry = createRateLimiterRegistry();
        const sends = recordSends(registry);
        const one = onFakeClockClient(url, { rateLimiters: sends.registry });
        const two = onFakeClockClient(`${url}/`, { rateLimiters: sends.registry, apiKey: ` ${testKey}` });
        await onFakeClock(() => Promise.all([one.getAccount(), two.getAccount(), one.getAccount()]));
        expect(arrivals).toHaveLength(3);
        expect(sends.times).toHaveLength(3);
        expect(maxInWindow(sends.times, 1_000)).toBe(1);

        expect(registry.forAccount(url, testKey)).toBe(registry.forAccount(`${url}/`, testKey));
        expect(registry.forAccount(url, testKey)).not.toBe(registry.forAccount(url, 'pk_another_account_key'));
        expect(registry.forAccount(url, testKey)).not.toBe(registry.forAccount('https://a.klaviyo.com', testKey));
      }));
  });

  describe('retries', () => {
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

  describe('cancellation', () => {
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

  describe('what goes on the wire', () => {
    it('uses the revision the SDK itself was generated for (an SDK upgrade to another revision must be looked at)', () => {
      const config: AxiosRequestConfig = { headers: {} };
      new ApiKeySession('x').applyToRequest(config);
      expect((config.headers as Record<string, unknown>)['revision']).toBe(apiRevision);
    });

    it('sends the key scheme, the revision and the JSON:API media type; Content-Type only on POST', async () => {
      const server = await serve((arrival) => (arrival.method === 'POST' ? aggregateAnswer(arrival) : emptyCollection));
      const client = testClient(server.url, { apiKey: `  ${testKey}\n` });
      await client.listFlows();
      await client.queryMetricAggregates({ metricId: 'M1', interval: 'day', start: new Date('2026-07-01T04:00:00Z'), end: new Date('2026-07-02T04:00:00Z'), timezone: 'America/New_York' });
      const [get, post] = server.arrivals;
      expect(apiRevision).toBe('2026-07-15');
      for (const arrival of [get, post]) {
        expect(arrival?.headers['authorization']).toBe(`Klaviyo-API-Key ${testKey}`);
        expect(arrival?.headers['revision']).toBe(apiRevision);
        expect(arrival?.headers['accept']).toBe('application/vnd.api+json');
      }
      expect(get?.headers['content-type']).toBeUndefined();
      expect(post?.headers['content-type']).toBe('application/vnd.api+json');
    });

    it('sends the metric-aggregates body in the wire shape: snake_case, filter list, explicit offsets, no quotes', async () => {
      const server = await serve(aggregateAnswer);
      const series = await testClient(server.url).queryMetricAggregates({
        metricId: 'AbC123',
        interval: 'hour',
        start: new Date('2026-07-01T04:00:00Z'),
        end: new Date('2026-07-01T07:00:00Z'),
        timezone: 'America/New_York',
      });
      const [arrival] = server.arrivals;
      expect(arrival?.path).toBe('/api/metric-aggregates');
      expect(JSON.parse(arrival?.body ?? '')).toEqual({
        data: {
          type: 'metric-aggregate',
          attributes: {
            metric_id: 'AbC123',
            measurements: ['count', 'sum_value', 'unique'],
            interval: 'hour',
            timezone: 'America/New_York',
            filter: ['greater-or-equal(datetime,2026-07-01T00:00:00-04:00)', 'less-than(datetime,2026-07-01T03:00:00-04:00)'],
          },
        },
      });
      expect(series.buckets).toEqual([
        { start: '2026-07-01T04:00:00.000Z', count: 1, sumValue: 2.5, unique: 0 },
        { start: '2026-07-01T05:00:00.000Z', count: 1, sumValue: 2.5, unique: 0 },
        { start: '2026-07-01T06:00:00.000Z', count: 1, sumValue: 2.5, unique: 0 },
      ]);
    });

    it('splits an hourly range over 7 days into 7-day requests and joins the buckets in order', async () => {
      const server = await serve(aggregateAnswer);
      const start = new Date('2026-07-01T00:00:00Z');
      const end = new Date('2026-07-11T00:00:00Z');
      const series = await testClient(server.url).queryMetricAggregates({ metricId: 'M1', interval: 'hour', start, end, timezone: 'UTC', measurements: ['count'] });
      const filters = server.arrivals.map((a) => (JSON.parse(a.body) as { data: { attributes: { filter: string[]; measurements: string[] } } }).data.attributes);
      expect(filters.map((f) => f.filter)).toEqual([
        ['greater-or-equal(datetime,2026-07-01T00:00:00Z)', 'less-than(datetime,2026-07-08T00:00:00Z)'],
        ['greater-or-equal(datetime,2026-07-08T00:00:00Z)', 'less-than(datetime,2026-07-11T00:00:00Z)'],
      ]);
      expect(filters[0]?.measurements).toEqual(['count']);
      expect(series.buckets).toHaveLength(240);
      expect(series.buckets[0]?.start).toBe('2026-07-01T00:00:00.000Z');
      expect(series.buckets[239]?.start).toBe('2026-07-10T23:00:00.000Z');
    });

    it('asks for the account with a sparse fieldset and maps it', async () => {
      const server = await serve(() => ({
        json: jsonApi.collection([
          { type: 'account', id: 'AbC123', attributes: { contact_information: { organization_name: 'Acme Store' }, timezone: 'US/Eastern', preferred_currency: 'EUR', public_api_key: 'AbC123' } },
        ]),
      }));
      expect(await testClient(server.url).getAccount()).toEqual({ id: 'AbC123', name: 'Acme Store', timezone: 'US/Eastern', currency: 'EUR', publicApiKey: 'AbC123' });
      expect(server.arrivals[0]?.path).toBe('/api/accounts');
      expect(server.arrivals[0]?.query.get('fields[account]')).toBe('contact_information.organization_name,timezone,preferred_currency,public_api_key');
    });

    it.each([
      ['a plus sign', ' jane+test@example.com ', "equals(email,'jane+test@example.com')"],
      ['a quote', "o'brien@example.com", "equals(email,'o\\'brien@example.com')"],
    ])('looks a profile up by an email with %s, percent-encoded so it arrives intact', async (_label, email, filter) => {
      const server = await serve(() => ({ json: jsonApi.collection([{ type: 'profile', id: 'P1', attributes: { email: email.trim(), created: '2026-07-01T00:00:00+00:00' } }]) }));
      expect(await testClient(server.url).findProfileByEmail(email)).toEqual({ id: 'P1', email: email.trim(), created: '2026-07-01T00:00:00+00:00' });
      const [arrival] = server.arrivals;
      expect(arrival?.path).toBe('/api/profiles');
      expect(arrival?.query.get('filter')).toBe(filter);
      if (email.includes('+')) expect(arrival?.rawUrl).toContain('jane%2Btest%40example.com');
      expect(arrival?.query.get('fields[profile]')).toBe('email,created');
    });

    it('refuses an empty email without a request', async () => {
      const server = await serve(() => emptyCollection);
      expect(await rejectionOf(testClient(server.url).findProfileByEmail('  '))).toMatchObject({ code: 'invalid-input' });
      expect(server.arrivals).toHaveLength(0);
    });

    it('answers null when no profile has the email', async () => {
      const server = await serve(() => emptyCollection);
      expect(await testClient(server.url).findProfileByEmail('nobody@example.com')).toBeNull();
    });

    it('asks for a profile’s recent events of one metric, newest first, 20 at most, datetime unquoted', async () => {
      const server = await serve(() => emptyCollection);
      await testClient(server.url).listEventsForProfile({ profileId: 'P1', metricId: 'M1', since: new Date('2026-07-15T00:00:00Z') });
      const [arrival] = server.arrivals;
      expect(arrival?.path).toBe('/api/events');
      expect(arrival?.query.get('filter')).toBe("and(equals(profile_id,'P1'),equals(metric_id,'M1'),greater-or-equal(datetime,2026-07-15T00:00:00Z))");
      expect(arrival?.query.get('sort')).toBe('-datetime');
      expect(arrival?.query.get('page[size]')).toBe('20');
      expect(arrival?.query.get('fields[event]')).toBe('datetime,timestamp,event_properties');
    });

    it('asks for the flows a metric triggers on the metric’s path', async () => {
      const server = await serve(() => ({ json: jsonApi.collection([{ type: 'flow', id: 'F9', attributes: { name: 'Abandoned cart', trigger_type: 'Metric' } }]) }));
      const flows = await testClient(server.url).listFlowsTriggeredByMetric('Ab/C 1');
      expect(flows.map((flow) => flow.id)).toEqual(['F9']);
      expect(server.arrivals[0]?.rawUrl).toMatch(/^\/api\/metrics\/Ab%2FC%201\/flow-triggers\?/);
      expect(server.arrivals[0]?.query.get('fields[flow]')).toBe('name,status,trigger_type,archived,created,updated');
    });

    it('counts requests by operation', async () => {
      const server = await serve(() => emptyCollection);
      const client = testClient(server.url);
      await client.listFlows();
      await client.listMetrics();
      await client.listMetrics();
      expect(client.stats()).toEqual({
        requests: 3,
        requestsByOperation: { getAccounts: 0, getMetrics: 2, queryMetricAggregates: 0, getFlows: 1, getFlowsTriggeredByMetric: 0, getProfiles: 0, getEvents: 0 },
      });
    });
  });

  const metric = (id: string) => ({ type: 'metric', id, attributes: { name: `Metric ${id}`, integration: { name: 'Shopify', category: 'eCommerce' } } });
  const flow = (id: string) => ({ type: 'flow', id, attributes: { name: `Flow ${id}`, status: 'live', trigger_type: 'Metric', archived: false } });

  /** Opaque cursors with characters that must survive the round trip (`+`, `/`, `=`). */
  const cursors = ['c2+/abc=', 'c3 next'];

  function nextLink(base: string, path: string, cursor: string): string {
    return `${base}${path}?fields%5Bmetric%5D=name&page%5Bcursor%5D=${encodeURIComponent(cursor)}`;
  }

  describe('pagination', () => {
    it.each([
      ['absent', undefined],
      ['null', null],
      ['empty', ''],
    ])('follows links.next across 3 pages and stops when next is %s', async (_label, last) => {
      const server = await serve((arrival) => {
        const cursor = arrival.query.get('page[cursor]');
        const url = server.url;
        if (cursor === null) return { json: jsonApi.collection([metric('M1'), metric('M2')], nextLink(url, '/api/metrics', cursors[0] as string)) };
        if (cursor === cursors[0]) return { json: jsonApi.collection([metric('M3')], nextLink(url, '/api/metrics', cursors[1] as string)) };
        return { json: jsonApi.collection([metric('M4')], last) };
      });
      const client = testClient(server.url);
      const metrics = await client.listMetrics();
      expect(metrics.map((m) => m.id)).toEqual(['M1', 'M2', 'M3', 'M4']);
      expect(metrics[0]).toEqual({ id: 'M1', name: 'Metric M1', integrationName: 'Shopify', integrationCategory: 'eCommerce', created: null, updated: null });
      expect(server.arrivals.map((a) => a.query.get('page[cursor]'))).toEqual([null, ...cursors]);
      // Our own parameters on every page, the cursor passed as the opaque value it is.
      for (const arrival of server.arrivals) expect(arrival.query.get('fields[metric]')).toBe('name,integration,created,updated');
      expect(client.stats().requestsByOperation.getMetrics).toBe(3);
    });

    it('pages flows 50 at a time, sorted by id, with the sparse fieldset', async () => {
      const server = await serve((arrival) => {
        const url = server.url;
        if (arrival.query.get('page[cursor]') === null) {
          return { json: jsonApi.collection([flow('F1')], `${url}/api/flows/?page%5Bsize%5D=50&sort=id&page%5Bcursor%5D=p2`) };
        }
        return { json: jsonApi.collection([flow('F2')]) };
      });
      const flows = await testClient(server.url).listFlows();
      expect(flows).toEqual([
        { id: 'F1', name: 'Flow F1', status: 'live', triggerType: 'Metric', archived: false, created: null, updated: null },
        { id: 'F2', name: 'Flow F2', status: 'live', triggerType: 'Metric', archived: false, created: null, updated: null },
      ]);
      for (const arrival of server.arrivals) {
        expect(arrival.path).toBe('/api/flows');
        expect(arrival.query.get('page[size]')).toBe('50');
        expect(arrival.query.get('sort')).toBe('id');
        expect(arrival.query.get('fields[flow]')).toBe('name,status,trigger_type,archived,created,updated');
      }
      expect(server.arrivals.map((a) => a.query.get('page[cursor]'))).toEqual([null, 'p2']);
    });

    it.each([
      ['a next link without a cursor', (url: string) => `${url}/api/flows/?page%5Bsize%5D=50`],
      ['a cursor that repeats forever', (url: string) => `${url}/api/flows/?page%5Bcursor%5D=same`],
    ])('refuses %s as bad-response', async (_label, next) => {
      const server = await serve(() => ({ json: jsonApi.collection([flow('F1')], next(server.url)) }));
      expect(await rejectionOf(testClient(server.url).listFlows())).toMatchObject({
        code: 'bad-response',
        params: { operation: 'get_flows' },
      });
    });
  });

  type Call = [string, (client: KlaviyoClient) => Promise<unknown>];
  const listFlows: Call = ['get_flows', (client) => client.listFlows()];
  const flowTriggers: Call = ['get_flows_triggered_by_metric', (client) => client.listFlowsTriggeredByMetric('M1')];
  const findProfile: Call = ['get_profiles', (client) => client.findProfileByEmail('a@example.com')];

  describe('failures that are not retried', () => {
    it.each([
      ['401', jsonApi.errors(401, 'Incorrect authentication credentials.', 'authentication_failed'), listFlows, { code: 'invalid-key' }],
      ['400 saying the key is missing', jsonApi.errors(400, 'Authentication credentials were not provided.', 'not_authenticated'), listFlows, { code: 'invalid-key' }],
      ['403 naming flows:read', jsonApi.errors(403, 'This API key is missing the flows:read scope.', 'permission_denied'), listFlows, { code: 'missing-scope', params: { operation: 'get_flows', scope: 'flows:read' } }],
      ['403 naming no scope', jsonApi.errors(403, 'You do not have permission to perform this action.', 'permission_denied'), flowTriggers, { code: 'missing-scope', params: { operation: 'get_flows_triggered_by_metric', scope: 'flows:read, metrics:read' } }],
      ['400 bad filter', jsonApi.errors(400, 'Invalid filter provided.', 'invalid'), findProfile, { code: 'bad-request', params: { operation: 'get_profiles' } }],
      ['404 unknown metric', jsonApi.errors(404, 'Metric not found.', 'not_found'), flowTriggers, { code: 'not-found' }],
      ['a 200 of the wrong shape', { json: { data: { id: 'not-a-list' } } }, listFlows, { code: 'bad-response', params: { operation: 'get_flows' } }],
      ['a 200 with a flow name that is a number', { json: jsonApi.collection([{ id: 'F1', attributes: { name: 5 } }]) }, listFlows, { code: 'bad-response', params: { operation: 'get_flows' } }],
    ] as [string, Reply, Call, object][])('%s → one request, %o', async (_label, reply, [operationId, invoke], expected) => {
      const server = await serve(() => reply);
      const logger = recordingLogger();
      const client = testClient(server.url, { logger });
      const error = await rejectionOf(invoke(client));
      expect(error).toMatchObject({ name: 'AppError', ...expected });
      expect(error).toMatchObject({ params: expect.objectContaining({ operation: operationId }) });
      expect(server.arrivals).toHaveLength(1);
      expect(client.stats().requests).toBe(1);
      // The key is in no message, no param, no log line.
      expect(JSON.stringify({ error, message: (error as Error).message, lines: logger.lines })).not.toContain(testKey);
    });
  });

  describe('logging', () => {
    it('logs operation, status, attempt and wait, never the key or the headers', async () => {
      const replies: Reply[] = [jsonApi.errors(503, `Overloaded, key ${testKey} noted`), { json: jsonApi.collection([]) }];
      const server = await serve((arrival) => replies[arrival.index] ?? { json: jsonApi.collection([]) });
      const lines: { message: string; fields?: Record<string, unknown> }[] = [];
      const logger = {
        info: (message: string, fields?: Record<string, unknown>) => lines.push({ message, ...(fields ? { fields } : {}) }),
        warn: (message: string, fields?: Record<string, unknown>) => lines.push({ message, ...(fields ? { fields } : {}) }),
        error: (message: string, fields?: Record<string, unknown>) => lines.push({ message, ...(fields ? { fields } : {}) }),
      };
      const client = createKlaviyoClient({
        apiKey: testKey,
        baseUrl: server.url,
        rateLimiters: unlimitedRegistry(),
        retry: { baseDelayMs: 5, maxDelayMs: 5 },
        random: () => 0,
        logger,
      });
      await client.listFlows();
      expect(lines.map((line) => line.fields)).toEqual([
        { operation: 'get_flows', status: 503, attempt: 1, code: 'server-error', waitMs: 5 },
        { operation: 'get_flows', status: 200, attempt: 1 + 1 },
      ]);
      expect(JSON.stringify(lines)).not.toContain(testKey);
      expect(JSON.stringify(lines)).not.toMatch(/Klaviyo-API-Key|authorization/i);
    });
  });

  describe('odd answers', () => {
    const odd: [string, unknown][] = [
      ['data of nulls', { data: [null, null] }],
      ['data of numbers', { data: [1, 2] }],
      ['data null', { data: null }],
      ['an array', [1, 2, 3]],
      ['errors in a 200', { errors: [{ detail: 'x' }] }],
      ['attributes a string', { data: { type: 'metric-aggregate', attributes: 'dates' } }],
    ];
    const calls: [string, (client: KlaviyoClient) => Promise<unknown>][] = [
      ['get_accounts', (client) => client.getAccount()],
      ['get_metrics', (client) => client.listMetrics()],
      ['query_metric_aggregates', (client) => client.queryMetricAggregates({ metricId: 'M', interval: 'day', start: new Date(0), end: new Date(86_400_000), timezone: 'UTC' })],
      ['get_flows', (client) => client.listFlows()],
      ['get_flows_triggered_by_metric', (client) => client.listFlowsTriggeredByMetric('M')],
      ['get_profiles', (client) => client.findProfileByEmail('a@x.com')],
      ['get_events', (client) => client.listEventsForProfile({ profileId: 'P', metricId: 'M', since: new Date(0) })],
    ];

    it.each(calls)('%s: every odd 200 is bad-response naming the operation, never a crash of the SDK', async (operationId, invoke) => {
      for (const [, body] of odd) {
        const server = await serve(() => ({ json: body }));
        expect(await rejectionOf(invoke(testClient(server.url)))).toMatchObject({ name: 'AppError', code: 'bad-response', params: { operation: operationId } });
      }
    });

    it('reads a valid body even where the SDK’s own models choke on it', async () => {
      // `included[].type` drives the SDK's polymorphic deserializer; "constructor" makes it throw a
      // TypeError. Our schema does not read `included`, so the answer is fine for us.
      const server = await serve(() => ({
        json: { ...jsonApi.collection([{ type: 'event', id: 'E1', attributes: { datetime: '2026-07-15T10:00:00+00:00' } }]), included: [{ type: 'constructor', id: 'x' }] },
      }));
      const found = await testClient(server.url).listEventsForProfile({ profileId: 'P', metricId: 'M', since: new Date(0) });
      expect(found.map((event) => event.id)).toEqual(['E1']);
    });

    it('keeps a key that is not key-shaped out of error messages when the server echoes it', async () => {
      const oddKey = 'my-private-key-0123456789';
      const server = await serve(() => jsonApi.errors(400, `Bad header value ${oddKey}`));
      const error = await rejectionOf(testClient(server.url, { apiKey: oddKey }).listFlows());
      expect(error).toMatchObject({ code: 'bad-request' });
      expect((error as Error).message).not.toContain(oddKey);
    });
  });

  describe('createKlaviyoClient base URL', () => {
    it.each([
      ['https://a.klaviyo.com', true],
      ['https://a.klaviyo.com/', true],
      ['http://127.0.0.1:4010', true],
      ['http://localhost:4010', true],
      ['http://a.klaviyo.com', false],
      ['ftp://127.0.0.1', false],
      ['not a url', false],
    ])('%s accepted: %s', (baseUrl, accepted) => {
      const create = () => createKlaviyoClient({ apiKey: testKey, baseUrl });
      if (accepted) expect(create).not.toThrow();
      else expect(create).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    });
  });
});
