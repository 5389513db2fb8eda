import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario, demoKeys, startSimulator, withheldActivity, type RunningSimulator, type ScenarioInput } from '../../main/simulator';
import { aggregateQuery, manualClock, simulatorClient } from '../support/simulator-client';

/**
 * The ground truth agrees with what the store serves: two simulators on the same seed and anchor,
 * one with a partial drop of Started Checkout, one without; the counts the API answers differ by
 * exactly what the running simulator (and the stand-alone function) say was withheld.
 */
const now = '2026-07-15T14:20:00Z';
const anchor = new Date('2026-07-15T14:00:00Z');
const hour = 3_600_000;
const fromMs = anchor.getTime() - 60 * hour;
const toMs = fromMs + 24 * hour;

interface Aggregate {
  data: { attributes: { data: { measurements: Record<string, number[]> }[] } };
}

function scenarioWith(incidents: NonNullable<ScenarioInput['accounts'][number]['incidents']>): ScenarioInput {
  const scenario: ScenarioInput = defaultScenario();
  scenario.accounts[0]!.incidents = incidents;
  return scenario;
}

const drop = { label: 'checkout script broken', metrics: ['shopify-started-checkout'], startHoursAgo: 60, durationHours: 24, remainingFraction: 0.25 };

async function servedTotals(sim: RunningSimulator): Promise<{ events: number; value: number }> {
  const api = simulatorClient(sim.url, demoKeys.outdoor);
  const metrics = (await api.get("/api/metrics?filter=equals(integration.name,'Shopify')")).json as { data: { id: string; attributes: { name: string } }[] };
  const id = metrics.data.find((metric) => metric.attributes.name === 'Started Checkout')!.id;
  const answer = await api.post('/api/metric-aggregates', aggregateQuery(id, new Date(fromMs).toISOString(), new Date(toMs).toISOString(), { interval: 'hour', timezone: 'UTC' }));
  expect(answer.status).toBe(200);
  const measurements = (answer.json as Aggregate).data.attributes.data[0]!.measurements;
  const sum = (values: number[] | undefined) => (values ?? []).reduce((total, value) => total + value, 0);
  return { events: sum(measurements.count), value: Math.round(sum(measurements.sum_value) * 100) / 100 };
}

describe('simulator: what its incidents withheld', () => {
  let dropped: RunningSimulator;
  let undisturbed: RunningSimulator;
  beforeAll(async () => {
    dropped = await startSimulator({ clock: manualClock(now), scenario: scenarioWith([drop]), enforceRateLimits: false });
    undisturbed = await startSimulator({ clock: manualClock(now), scenario: scenarioWith([]), enforceRateLimits: false });
  });
  afterAll(async () => {
    await dropped.close();
    await undisturbed.close();
  });

  it('is the difference between the hours served with and without the drop', async () => {
    const query = { account: demoKeys.outdoor, metric: 'shopify-started-checkout', fromMs, toMs };
    const withheld = dropped.withheldActivity(query);
    expect(withheld).toEqual(withheldActivity({ scenario: scenarioWith([drop]), anchor }, query));
    expect(undisturbed.withheldActivity(query)).toEqual({ events: 0, value: 0 });

    const served = await servedTotals(dropped);
    const full = await servedTotals(undisturbed);
    expect(withheld.events).toBeGreaterThan(0);
    expect(served.events + withheld.events).toBe(full.events);
    expect(served.value + withheld.value).toBeCloseTo(full.value, 2);
  });
});
