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
    const bigCommercePlacedOrder = outdoor?.metrics.find((metric) => metric.key === 'bigcommerce-placed-order');
    const stillOnIt = outdoor?.flows.filter((flow) => flow.triggerMetricId === bigCommercePlacedOrder?.id && !flow.archived);
    expect(stillOnIt?.map((flow) => flow.status)).toEqual(['live', 'manual']);
    expect(outdoor?.flows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(outdoor?.flows.map((flow) => flow.status))).toEqual(new Set(['live', 'manual', 'draft']));
  });

  it('gives the charity a donations integration', () => {
    expect(charity?.metrics.map((metric) => [metric.integration.name, metric.integration.category, metric.name])).toEqual([
      ['Classy', 'donations', 'Contribution made'],
      ['API', 'api', 'Newsletter Signup'],
    ]);
    expect(charity?.flows.length).toBeGreaterThanOrEqual(1);
  });
});
