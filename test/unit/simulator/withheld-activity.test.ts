import { describe, expect, it } from 'vitest';
import { defaultScenario, demoKeys, scenarioSchema, withheldActivity, type Scenario, type ScenarioInput } from '../../../main/simulator';
import { createHourlyGenerator } from '../../../main/simulator/generator';
import { hourMs } from '../../../main/simulator/time';
import { buildWorld, type World } from '../../../main/simulator/world';
import { withheldFromWorld } from '../../../main/simulator/withheld-activity';

/**
 * The ground truth of an incident's cost: what the scenario's incidents kept the simulator from
 * emitting. Checked against the generator's own hours, with and without the incidents.
 */
const anchor = new Date('2026-07-15T14:00:00Z');
const anchorMs = anchor.getTime();

/** The demo store with its incidents replaced. */
function scenarioWith(incidents: NonNullable<ScenarioInput['accounts'][number]['incidents']>): Scenario {
  const scenario: ScenarioInput = defaultScenario();
  scenario.accounts[0]!.incidents = incidents;
  return scenarioSchema.parse(scenario);
}

/** What the world's generator emits for a metric over whole hours, every event in. */
function emitted(world: World, key: string, fromMs: number, toMs: number): { events: number; value: number } {
  const account = world.accounts[0]!;
  const metric = account.metrics.find((candidate) => candidate.key === key)!;
  const hourActivity = createHourlyGenerator(world, account, metric);
  let events = 0;
  let value = 0;
  for (let hour = fromMs / hourMs; hour < toMs / hourMs; hour += 1) {
    const activity = hourActivity(hour, toMs + 48 * hourMs);
    events += activity.count;
    value += activity.sumValue;
  }
  return { events, value: Math.round(value * 100) / 100 };
}

const outage = { label: 'checkout outage', metrics: ['shopify-placed-order', 'shopify-started-checkout'], startHoursAgo: 30, durationHours: 6, remainingFraction: 0 };
const outageStartMs = anchorMs - 30 * hourMs;
const outageEndMs = outageStartMs + 6 * hourMs;

describe('withheldActivity: what the scenario’s incidents kept the store from emitting', () => {
  it('is zero where no incident is declared', () => {
    const store = { scenario: scenarioWith([]), anchor };
    expect(withheldActivity(store, { account: demoKeys.outdoor, metric: 'shopify-placed-order', fromMs: anchorMs - 72 * hourMs, toMs: anchorMs })).toEqual({ events: 0, value: 0 });
  });

  it('is zero for a metric the incident does not name, and outside the incident’s hours', () => {
    const store = { scenario: scenarioWith([outage]), anchor };
    expect(withheldActivity(store, { account: demoKeys.outdoor, metric: 'shopify-added-to-cart', fromMs: outageStartMs, toMs: outageEndMs })).toEqual({ events: 0, value: 0 });
    expect(withheldActivity(store, { account: demoKeys.outdoor, metric: 'shopify-placed-order', fromMs: outageEndMs, toMs: anchorMs })).toEqual({ events: 0, value: 0 });
  });

  it('is every event the hours would have had during an outage (nothing left), with their value', () => {
    const withOutage = buildWorld(scenarioWith([outage]), anchorMs);
    const without = buildWorld(scenarioWith([]), anchorMs);
    // Nothing came in during the outage: what was withheld is exactly the undisturbed draws.
    expect(emitted(withOutage, 'shopify-placed-order', outageStartMs, outageEndMs)).toEqual({ events: 0, value: 0 });
    const full = emitted(without, 'shopify-placed-order', outageStartMs, outageEndMs);
    expect(full.events).toBeGreaterThan(0);
    const store = { scenario: scenarioWith([outage]), anchor };
    const query = { account: demoKeys.outdoor, metric: 'shopify-placed-order', fromMs: outageStartMs, toMs: outageEndMs };
    expect(withheldActivity(store, query)).toEqual(full);
    // A wider span adds only hours with nothing withheld.
    expect(withheldActivity(store, { ...query, fromMs: outageStartMs - 24 * hourMs, toMs: anchorMs })).toEqual(full);
  });

  it('lies between nothing and the full draws for a partial drop, near the share that went missing', () => {
    const drop = { ...outage, startHoursAgo: 72, durationHours: 48, remainingFraction: 0.4 };
    const fromMs = anchorMs - 72 * hourMs;
    const toMs = fromMs + 48 * hourMs;
    const store = { scenario: scenarioWith([drop]), anchor };
    const withheld = withheldActivity(store, { account: demoKeys.outdoor, metric: 'shopify-started-checkout', fromMs, toMs });
    const full = emitted(buildWorld(scenarioWith([]), anchorMs), 'shopify-started-checkout', fromMs, toMs);
    const seen = emitted(buildWorld(scenarioWith([drop]), anchorMs), 'shopify-started-checkout', fromMs, toMs);
    expect(withheld.events).toBe(full.events - seen.events);
    expect(withheld.value).toBeCloseTo(full.value - seen.value, 2);
    expect(withheld.events).toBeGreaterThan(0);
    expect(withheld.events).toBeLessThan(full.events);
    expect(withheld.events / full.events).toBeGreaterThan(0.5);
    expect(withheld.events / full.events).toBeLessThan(0.7);
    expect(withheld.value).toBeGreaterThan(0);
    expect(withheld.value).toBeLessThan(full.value);
  });

  it('counts only the whole hours inside the span', () => {
    const store = { scenario: scenarioWith([outage]), anchor };
    const query = { account: demoKeys.outdoor, metric: 'shopify-placed-order', fromMs: outageStartMs, toMs: outageEndMs };
    const whole = withheldActivity(store, query);
    const firstHour = withheldActivity(store, { ...query, toMs: outageStartMs + hourMs });
    expect(withheldActivity(store, { ...query, fromMs: outageStartMs + 1, toMs: outageEndMs + 59 * 60_000 }).events).toBe(whole.events - firstHour.events);
    expect(withheldActivity(store, { ...query, toMs: outageStartMs + hourMs - 1 })).toEqual({ events: 0, value: 0 });
  });

  it('names the account by private key, public key or id, the metric by key or id, and refuses others', () => {
    const scenario = scenarioWith([outage]);
    const world = buildWorld(scenario, anchorMs);
    const account = world.accounts[0]!;
    const metric = account.metrics.find((candidate) => candidate.key === 'shopify-placed-order')!;
    const span = { fromMs: outageStartMs, toMs: outageEndMs };
    const expected = withheldFromWorld(world, { account: demoKeys.outdoor, metric: metric.key, ...span });
    expect(withheldFromWorld(world, { account: 'SpDmOC', metric: metric.id, ...span })).toEqual(expected);
    expect(withheldFromWorld(world, { account: account.id, metric: metric.key, ...span })).toEqual(expected);
    expect(() => withheldFromWorld(world, { account: 'pk_nobody', metric: metric.key, ...span })).toThrow(/no simulated account "pk_nobody"/);
    expect(() => withheldFromWorld(world, { account: demoKeys.outdoor, metric: 'shopify-nothing', ...span })).toThrow(/no metric "shopify-nothing"/);
  });

  it('reads the demo store’s own 9-hour Shopify outage 240 h before the anchor, through the seed it was given', () => {
    const startMs = anchorMs - 240 * hourMs;
    const query = { account: demoKeys.outdoor, metric: 'shopify-placed-order', fromMs: startMs, toMs: startMs + 9 * hourMs };
    const demo = withheldActivity({ anchor }, query);
    expect(demo.events).toBeGreaterThan(0);
    expect(demo.value).toBeGreaterThan(demo.events * 50);
    // Another seed draws other hours: the truth follows the store's seed.
    expect(withheldActivity({ anchor, seed: 7 }, query)).not.toEqual(demo);
  });
});
