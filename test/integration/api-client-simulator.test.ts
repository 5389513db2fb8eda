import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMetric, KlaviyoClient } from '../../main/api';
import { defaultScenario, startSimulator, type RunningSimulator } from '../../main/simulator';
import { manualClock } from '../support/simulator-client';
import { simulatorApiClient } from '../support/simulator-api-client';

/**
 * The real client against the real simulator over loopback, every operation once, on the built-in
 * demo scenario (Demo Outdoor Co.): what comes back is what the scenario describes. The clock is a
 * manual one, so the data is fixed; rate limits are off on both sides (their own file proves them),
 * and the test-order check has its own file too.
 */
const startIso = '2026-07-15T14:20:00Z';
/** The simulator's anchor: the clock at start, floored to the hour; scenario times count back from it. */
const anchorMs = Date.parse('2026-07-15T14:00:00Z');
const dayMs = 86_400_000;
const hourMs = 3_600_000;
const outdoor = defaultScenario().accounts[0]!;
const zone = outdoor.timezone;

const byName = (metrics: ApiMetric[], name: string, integration: string) =>
  metrics.find((metric) => metric.name === name && metric.integrationName === integration);

describe('API client against the simulator: the demo store', () => {
  let sim: RunningSimulator;
  let client: KlaviyoClient;
  let metrics: ApiMetric[];
  let shopifyPlacedOrder: ApiMetric;

  beforeAll(async () => {
    sim = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    client = simulatorApiClient(sim);
    metrics = await client.listMetrics();
    shopifyPlacedOrder = byName(metrics, 'Placed Order', 'Shopify')!;
  });
  afterAll(() => sim.close());

  it('getAccount: the key’s account, its timezone and currency', async () => {
    expect(await client.getAccount()).toEqual({
      id: sim.accounts[0]?.id,
      name: outdoor.name,
      timezone: 'America/New_York',
      currency: 'USD',
      publicApiKey: outdoor.publicKey,
    });
  });

  it('listMetrics: every metric of the scenario, in its order, with integration and creation', () => {
    expect(metrics.map((metric) => [metric.name, metric.integrationName, metric.integrationCategory])).toEqual(
      outdoor.metrics.map((metric) => [metric.name, metric.integration.name, metric.integration.category]),
    );
    expect(new Set(metrics.map((metric) => metric.id)).size).toBe(outdoor.metrics.length);
    // The Shopify metrics started with the platform switch, 20 days before the anchor.
    expect(shopifyPlacedOrder.created).toBe('2026-06-25T14:00:00+00:00');
  });

  it('listFlows: every flow, archived ones included, as the scenario has them', async () => {
    const flows = await client.listFlows();
    expect(flows.map((flow) => flow.id)).toEqual(flows.map((flow) => flow.id).sort());
    const asScenario = (flow: { name: string | null; status: string | null; triggerType: string | null; archived: boolean | null }) =>
      [flow.name, flow.status, flow.triggerType, flow.archived].join(' | ');
    expect(flows.map(asScenario).sort()).toEqual(
      outdoor.flows.map((flow) => asScenario({ name: flow.name, status: flow.status, triggerType: flow.triggerType, archived: flow.archived })).sort(),
    );
    const abandonedCart = flows.find((flow) => flow.name === 'Abandoned Cart Reminder');
    expect(abandonedCart).toMatchObject({ created: '2026-06-26T14:00:00+00:00', updated: '2026-06-26T14:00:00+00:00' });
  });

  it('listFlowsTriggeredByMetric: for every metric, exactly the flows the scenario has it trigger', async () => {
    for (const [index, metric] of metrics.entries()) {
      const key = outdoor.metrics[index]?.key;
      const expected = outdoor.flows.filter((flow) => flow.triggerMetric === key).map((flow) => flow.name);
      const flows = await client.listFlowsTriggeredByMetric(metric.id);
      expect({ metric: key, flows: flows.map((flow) => flow.name).sort() }).toEqual({ metric: key, flows: expected.sort() });
    }
  });

  describe('queryMetricAggregates', () => {
    const start = new Date('2026-07-01T04:00:00Z'); // local midnight in New York (EDT)
    const end = new Date('2026-07-15T04:00:00Z');
    const days = 14;

    it('daily: one bucket per local day, starting at local midnight', async () => {
      const { buckets } = await client.queryMetricAggregates({ metricId: shopifyPlacedOrder.id, interval: 'day', start, end, timezone: zone });
      expect(buckets.map((bucket) => bucket.start)).toEqual(Array.from({ length: days }, (_, day) => new Date(start.getTime() + day * dayMs).toISOString()));
      expect(buckets.every((bucket) => bucket.count > 0 && bucket.sumValue > 0 && bucket.unique <= bucket.count)).toBe(true);
    });

    it('hourly over 14 days: sent as two ranges of at most 7 days, joined back, summing to the daily counts', async () => {
      const before = sim.requests.length;
      const hourly = await client.queryMetricAggregates({ metricId: shopifyPlacedOrder.id, interval: 'hour', start, end, timezone: zone });
      const daily = await client.queryMetricAggregates({ metricId: shopifyPlacedOrder.id, interval: 'day', start, end, timezone: zone });

      const hourlyRanges = sim.requests
        .slice(before)
        .map((request) => (JSON.parse(request.body) as { data: { attributes: { interval: string; filter: string[] } } }).data.attributes)
        .filter((attributes) => attributes.interval === 'hour')
        .map((attributes) => attributes.filter);
      expect(hourlyRanges).toEqual([
        ['greater-or-equal(datetime,2026-07-01T00:00:00-04:00)', 'less-than(datetime,2026-07-08T00:00:00-04:00)'],
        ['greater-or-equal(datetime,2026-07-08T00:00:00-04:00)', 'less-than(datetime,2026-07-15T00:00:00-04:00)'],
      ]);

      expect(hourly.buckets).toHaveLength(days * 24);
      expect(hourly.buckets.map((bucket) => bucket.start)).toEqual(Array.from({ length: days * 24 }, (_, hour) => new Date(start.getTime() + hour * hourMs).toISOString()));
      daily.buckets.forEach((day, index) => {
        const hours = hourly.buckets.slice(index * 24, index * 24 + 24);
        expect({ day: day.start, count: hours.reduce((sum, hour) => sum + hour.count, 0) }).toEqual({ day: day.start, count: day.count });
        expect(hours.reduce((sum, hour) => sum + hour.unique, 0)).toBe(day.unique);
        expect(hours.reduce((sum, hour) => sum + hour.sumValue, 0)).toBeCloseTo(day.sumValue, 2);
      });
    });

    it('shows the scenario’s incidents and platform switch', async () => {
      const hourly = await client.queryMetricAggregates({ metricId: shopifyPlacedOrder.id, interval: 'hour', start, end, timezone: zone });
      // "Shopify integration outage": 240 hours before the anchor, 9 hours at zero.
      const outageStart = new Date(anchorMs - 240 * hourMs).toISOString();
      const at = hourly.buckets.findIndex((bucket) => bucket.start === outageStart);
      expect(hourly.buckets.slice(at, at + 9).map((bucket) => bucket.count)).toEqual(Array(9).fill(0));
      expect(hourly.buckets[at - 1]?.count).toBeGreaterThan(0);
      expect(hourly.buckets[at + 9]?.count).toBeGreaterThan(0);

      // BigCommerce stopped sending when the store moved to Shopify, 20 days before the anchor.
      const bigCommerce = byName(metrics, 'Placed Order', 'BigCommerce')!;
      const { buckets } = await client.queryMetricAggregates({ metricId: bigCommerce.id, interval: 'day', start, end, timezone: zone });
      expect(buckets.map((bucket) => bucket.count)).toEqual(Array(days).fill(0));
    });
  });

  it('findProfileByEmail: a scenario profile; an unknown address is null', async () => {
    const alex = await client.findProfileByEmail('alex.morgan@example.com');
    expect(alex).toMatchObject({ email: 'alex.morgan@example.com', created: new Date(anchorMs - 120 * dayMs).toISOString().replace('.000Z', '+00:00') });
    expect(await client.findProfileByEmail('nobody+test@example.com')).toBeNull();
  });

  it('listEventsForProfile: the scenario’s Placed Order of that profile, with its value', async () => {
    const alex = await client.findProfileByEmail('alex.morgan@example.com');
    const events = await client.listEventsForProfile({ profileId: alex?.id ?? '', metricId: shopifyPlacedOrder.id, since: new Date('2026-07-01T00:00:00Z') });
    expect(events).toEqual([
      {
        id: expect.any(String),
        datetime: new Date(anchorMs - 52 * hourMs).toISOString(),
        value: 129.95,
        properties: { $value: 129.95, OrderId: '1042', ItemNames: ['Trail Runner 30L Backpack', 'Merino Hiking Socks'] },
      },
    ]);
  });

  it('counts in its stats exactly the requests the simulator received', () => {
    const received: Record<string, number> = {};
    for (const request of sim.requests) received[request.operation ?? 'none'] = (received[request.operation ?? 'none'] ?? 0) + 1;
    expect(client.stats().requestsByOperation).toEqual(received);
    expect(client.stats().requests).toBe(sim.requests.length);
  });
});

describe('API client against the simulator: an account whose timezone the aggregates refuse by name', () => {
  it('gets the series of a store in Kyiv, cut at Kyiv’s midnight', async () => {
    const sim = await startSimulator({
      clock: manualClock(startIso),
      enforceRateLimits: false,
      scenario: {
        seed: 7,
        historyDays: 30,
        accounts: [
          {
            name: 'Kyiv Store',
            privateKey: 'pk_kyiv_store',
            publicKey: 'KyivSt',
            timezone: 'Europe/Kyiv',
            currency: 'UAH',
            metrics: [{ key: 'orders', name: 'Placed Order', integration: { name: 'API', category: 'api' }, baseHourlyRate: 3 }],
          },
        ],
      },
    });
    try {
      const client = simulatorApiClient(sim, { apiKey: 'pk_kyiv_store' });
      const account = await client.getAccount();
      expect(account.timezone).toBe('Europe/Kyiv');
      const [metric] = await client.listMetrics();
      const series = await client.queryMetricAggregates({
        metricId: metric?.id ?? '',
        interval: 'day',
        start: new Date('2026-07-10T21:00:00Z'), // midnight in Kyiv (EEST, +03:00)
        end: new Date('2026-07-12T21:00:00Z'),
        timezone: account.timezone ?? 'UTC',
      });
      expect(series.buckets.map((bucket) => bucket.start)).toEqual(['2026-07-10T21:00:00.000Z', '2026-07-11T21:00:00.000Z']);
      expect(series.buckets.every((bucket) => bucket.count > 0)).toBe(true);
      // The spec's refused spelling went out under the zone's older name.
      const sent = sim.requests.find((request) => request.operation === 'queryMetricAggregates');
      expect((JSON.parse(sent?.body ?? '{}') as { data: { attributes: { timezone: string } } }).data.attributes.timezone).toBe('Europe/Kiev');
    } finally {
      await sim.close();
    }
  });
});
