import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlaviyoClient } from '../../main/api';
import { startSimulator, type RunningSimulator } from '../../main/simulator';
import { largeScenario, largeStoreKey, largeStoreSize } from '../support/large-scenario';
import { manualClock } from '../support/simulator-client';
import { simulatorApiClient } from '../support/simulator-api-client';

/**
 * The client walks every page: on a store with 450 metrics and 120 flows, metrics (200 a page)
 * and flows (50 a page) both take three requests, each following the previous page's links.next.
 */
describe('API client against the simulator: several pages', () => {
  let sim: RunningSimulator;
  let client: KlaviyoClient;
  const scenario = largeScenario();
  const account = scenario.accounts[0]!;

  beforeAll(async () => {
    sim = await startSimulator({ clock: manualClock('2026-07-15T14:20:00Z'), enforceRateLimits: false, scenario });
    client = simulatorApiClient(sim, { apiKey: largeStoreKey });
  });
  afterAll(() => sim.close());

  const requestsOf = (operation: 'getMetrics' | 'getFlows') => sim.requests.filter((request) => request.operation === operation);
  const cursorOf = (request: { query: [string, string][] }) => request.query.find(([name]) => name === 'page[cursor]')?.[1];

  it('listMetrics: all 450 metrics in three pages, in the store’s order', async () => {
    const metrics = await client.listMetrics();
    expect(metrics.map((metric) => metric.name)).toEqual(account.metrics.map((metric) => metric.name));
    expect(new Set(metrics.map((metric) => metric.id)).size).toBe(largeStoreSize.metrics);

    const requests = requestsOf('getMetrics');
    expect(requests).toHaveLength(3);
    expect(cursorOf(requests[0]!)).toBeUndefined();
    expect(new Set(requests.slice(1).map(cursorOf)).size).toBe(2);
    // Each page asks for the same fields: the client follows next links, it does not rebuild the query.
    expect(new Set(requests.map((request) => request.query.find(([name]) => name === 'fields[metric]')?.[1])).size).toBe(1);
  });

  it('listFlows: all 120 flows in three pages of 50, sorted by id, archived ones included', async () => {
    const flows = await client.listFlows();
    expect(flows).toHaveLength(largeStoreSize.flows);
    expect(flows.map((flow) => flow.id)).toEqual(flows.map((flow) => flow.id).sort());
    expect(new Set(flows.map((flow) => flow.name))).toEqual(new Set(account.flows?.map((flow) => flow.name)));
    expect(flows.filter((flow) => flow.archived)).toHaveLength(largeStoreSize.flows / 10);

    const requests = requestsOf('getFlows');
    expect(requests.map((request) => request.query.find(([name]) => name === 'page[size]')?.[1])).toEqual(['50', '50', '50']);
    expect(cursorOf(requests[0]!)).toBeUndefined();
    expect(new Set(requests.slice(1).map(cursorOf)).size).toBe(2);
  });

  it('listFlowsTriggeredByMetric: the one flow a metric among 450 triggers; none for another', async () => {
    const metrics = await client.listMetrics();
    const triggering = metrics.find((candidate) => candidate.name === 'Metric 117');
    expect((await client.listFlowsTriggeredByMetric(triggering?.id ?? '')).map((flow) => flow.name)).toEqual(['Flow 117']);
    const silent = metrics.find((candidate) => candidate.name === 'Metric 449');
    expect(await client.listFlowsTriggeredByMetric(silent?.id ?? '')).toEqual([]);
  });
});
