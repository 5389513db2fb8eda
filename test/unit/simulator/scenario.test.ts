import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, demoKeys } from '../../../main/simulator/default-scenario';
import { scenarioSchema, type ScenarioInput } from '../../../main/simulator/scenario-schema';
import { buildWorld } from '../../../main/simulator/world';

const minimal: ScenarioInput = {
  seed: 1,
  accounts: [
    {
      name: 'Shop',
      privateKey: 'pk_test_shop',
      publicKey: 'AbC123',
      timezone: 'Europe/Paris',
      currency: 'EUR',
      metrics: [{ key: 'orders', name: 'Placed Order', integration: { name: 'WooCommerce', category: 'ecommerce' }, baseHourlyRate: 2 }],
    },
  ],
};

const mail = { name: 'Klaviyo', category: 'email' };
type Account = ScenarioInput['accounts'][number];
const withIncident = (incident: NonNullable<Account['incidents']>[number]) => ({ ...minimal, accounts: [{ ...minimal.accounts[0]!, incidents: [incident] }] });
const withMetrics = (...metrics: Account['metrics']) => ({ ...minimal, accounts: [{ ...minimal.accounts[0]!, metrics: [...minimal.accounts[0]!.metrics, ...metrics] }] });

describe('scenario', () => {
  it('fills in defaults for a minimal scenario', () => {
    const scenario = scenarioSchema.parse(minimal);
    expect(scenario.historyDays).toBe(400);
    expect(scenario.accounts[0]?.metrics[0]?.dailyShape).toHaveLength(24);
    expect(scenario.accounts[0]?.scopes).toEqual(['accounts:read', 'events:read', 'flows:read', 'metrics:read', 'profiles:read']);
  });

  it('gives an account without an address an empty city, never null (the Python SDK model requires a string)', () => {
    expect(scenarioSchema.parse(minimal).accounts[0]?.address.city).toBe('');
  });

  it('accepts a metric that follows another, and incidents that raise a count or cut the value', () => {
    const scenario = scenarioSchema.parse({
      ...withMetrics({ key: 'sent', name: 'Received Email', integration: mail, baseHourlyRate: 300 }, { key: 'spam', name: 'Marked Email as Spam', integration: mail, baseHourlyRate: 0, follows: { metric: 'sent', share: 0.001 } }),
    });
    expect(scenario.accounts[0]?.metrics[2]?.follows).toEqual({ metric: 'sent', share: 0.001, delayHours: 0 });
    const incidents = scenarioSchema.parse({
      ...minimal,
      accounts: [
        {
          ...minimal.accounts[0]!,
          metrics: [{ ...minimal.accounts[0]!.metrics[0]!, valuePerEvent: 60 }],
          incidents: [
            { metrics: ['orders'], startHoursAgo: 5, valueFraction: 0.5 },
            { metrics: ['orders'], startHoursAgo: 5, countMultiplier: 3 },
            { metrics: ['orders'], startHoursAgo: 5, remainingFraction: 0.5, valueFraction: 0.8 },
          ],
        },
      ],
    }).accounts[0]?.incidents;
    // A count left alone is a remainingFraction of 1.
    expect(incidents?.map((incident) => incident.remainingFraction)).toEqual([1, 1, 0.5]);
  });

  it('accepts the example scenario in the README', () => {
    const markdown = readFileSync('README.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    expect(scenarioSchema.safeParse(JSON.parse(example ?? 'null')).error).toBeUndefined();
  });

  it.each([
    ['an unknown key', { ...minimal, extra: true }, /Unrecognized key/],
    ['a bad timezone', { ...minimal, accounts: [{ ...minimal.accounts[0], timezone: 'Mars/Base' }] }, /accounts.0.timezone: unknown IANA timezone/],
    [
      'an incident on an unknown metric',
      { ...minimal, accounts: [{ ...minimal.accounts[0], incidents: [{ metrics: ['nope'], startHoursAgo: 3, remainingFraction: 0 }] }] },
      /accounts.0.incidents.0.metrics.0: no metric with key "nope"/,
    ],
    [
      'a metric-triggered flow without its metric',
      { ...minimal, accounts: [{ ...minimal.accounts[0], flows: [{ key: 'f', name: 'F', status: 'live', triggerType: 'Metric', createdDaysAgo: 1, updatedDaysAgo: 1 }] }] },
      /triggerMetric: a flow names a trigger metric exactly when/,
    ],
    ['two accounts with one key', { ...minimal, accounts: [minimal.accounts[0], { ...minimal.accounts[0], name: 'Twin' }] }, /private key used by more than one account: pk_tes…/],
    ['an incident that changes nothing', withIncident({ metrics: ['orders'], startHoursAgo: 3 }), /accounts.0.incidents.0: an incident must change something/],
    ['an incident whose count falls and rises', withIncident({ metrics: ['orders'], startHoursAgo: 3, remainingFraction: 0.5, countMultiplier: 3 }), /accounts.0.incidents.0: a count falls .* or rises .*, not both/],
    ['a countMultiplier that does not raise the count', withIncident({ metrics: ['orders'], startHoursAgo: 3, countMultiplier: 0.5 }), /accounts.0.incidents.0.countMultiplier/],
    ['a valueFraction that leaves the value as it was', withIncident({ metrics: ['orders'], startHoursAgo: 3, valueFraction: 1 }), /accounts.0.incidents.0.valueFraction/],
    ['a valueFraction on a metric without values', withIncident({ metrics: ['orders'], startHoursAgo: 3, valueFraction: 0.5 }), /accounts.0.incidents.0.metrics.0: metric "orders" has no value/],
    ['a metric following an unknown metric', withMetrics({ key: 'spam', name: 'Marked Email as Spam', integration: mail, baseHourlyRate: 0, follows: { metric: 'nope', share: 0.001 } }), /accounts.0.metrics.1.follows.metric: no metric with key "nope"/],
    ['a metric following itself', withMetrics({ key: 'spam', name: 'Marked Email as Spam', integration: mail, baseHourlyRate: 0, follows: { metric: 'spam', share: 0.001 } }), /accounts.0.metrics.1.follows.metric: a metric cannot follow itself/],
    [
      'metrics following each other',
      withMetrics(
        { key: 'a', name: 'A', integration: mail, baseHourlyRate: 0, follows: { metric: 'b', share: 0.5 } },
        { key: 'b', name: 'B', integration: mail, baseHourlyRate: 0, follows: { metric: 'a', share: 0.5 } },
      ),
      /accounts.0.metrics.1.follows.metric: a metric cannot follow itself, directly or through others\naccounts.0.metrics.2.follows.metric: a metric cannot/,
    ],
    ['a follower without a share', withMetrics({ key: 'spam', name: 'Marked Email as Spam', integration: mail, baseHourlyRate: 0, follows: { metric: 'orders', share: 0 } }), /accounts.0.metrics.1.follows.share/],
  ])('refuses %s', (_, input, message) => {
    const result = scenarioSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toMatch(message);
  });
});

describe('default scenario', () => {
  const scenario = defaultScenario();
  const world = buildWorld(scenario, Date.parse('2026-07-15T14:00:00Z'));
  const [outdoor, charity] = world.accounts;

  it('has the two demo accounts', () => {
    expect(world.accounts.map((account) => [account.name, account.privateKey, account.timezone, account.source.currency])).toEqual([
      ['Demo Outdoor Co.', demoKeys.outdoor, 'America/New_York', 'USD'],
      ['Demo Charity', demoKeys.charity, 'Europe/London', 'GBP'],
    ]);
  });

  it('gives every metric and flow a six-character id derived from the seed', () => {
    const ids = world.accounts.flatMap((account) => [...account.metrics.map((metric) => metric.id), ...account.flows.map((flow) => flow.id)]);
    expect(ids.every((id) => /^[A-Za-z0-9]{6}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tells the platform-switch story: Shopify and BigCommerce metrics, flows still on the old Placed Order', () => {
    const names = (integration: string) => outdoor?.metrics.filter((metric) => metric.integration.name === integration).map((metric) => metric.name);
    expect(names('Shopify')).toEqual([
      'Placed Order', 'Ordered Product', 'Fulfilled Order', 'Started Checkout', 'Added to Cart', 'Viewed Product', 'Active on Site', 'Cancelled Order', 'Refunded Order',
    ]);
    expect(names('BigCommerce')).toEqual(['Placed Order', 'Started Checkout']);
    expect(names('API')).toEqual(['Password Reset']);
    expect(names('Klaviyo')).toEqual(['Received Email', 'Marked Email as Spam', 'Bounced Email', 'Unsubscribed']);
    const bigCommercePlacedOrder = outdoor?.metrics.find((metric) => metric.key === 'bigcommerce-placed-order');
    const stillOnIt = outdoor?.flows.filter((flow) => flow.triggerMetricId === bigCommercePlacedOrder?.id && !flow.archived);
    expect(stillOnIt?.map((flow) => flow.status)).toEqual(['live', 'manual']);
    expect(outdoor?.flows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(outdoor?.flows.map((flow) => flow.status))).toEqual(new Set(['live', 'manual', 'draft']));
  });

  it('has Klaviyo’s email metrics, the responses following Received Email, and one incident of each kind beyond drops', () => {
    const byKey = new Map(outdoor?.metrics.map((metric) => [metric.key, metric]));
    const sends = byKey.get('klaviyo-received-email');
    expect(sends?.integration).toMatchObject({ name: 'Klaviyo', category: 'email' });
    const followers = outdoor?.metrics.filter((metric) => metric.follows !== null).map((metric) => [metric.name, metric.follows?.metricId, metric.follows?.share]);
    expect(followers).toEqual([
      ['Marked Email as Spam', sends?.id, 0.001],
      ['Bounced Email', sends?.id, 0.008],
      ['Unsubscribed', sends?.id, 0.002],
    ]);
    const incidents = scenario.accounts[0]!.incidents;
    expect(incidents.filter((incident) => incident.valueFraction !== undefined).map((incident) => incident.metrics)).toEqual([['shopify-placed-order']]);
    expect(incidents.filter((incident) => incident.countMultiplier !== undefined).map((incident) => incident.metrics)).toEqual([['klaviyo-marked-email-as-spam']]);
  });

  it('gives the charity a donations integration', () => {
    expect(charity?.metrics.map((metric) => [metric.integration.name, metric.integration.category, metric.name])).toEqual([
      ['Classy', 'donations', 'Contribution made'],
      ['API', 'api', 'Newsletter Signup'],
    ]);
    expect(charity?.flows.length).toBeGreaterThanOrEqual(1);
  });
});
