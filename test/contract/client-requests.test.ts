import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonApiMediaType, operationNames } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RecordedRequest, type RunningSimulator } from '../../main/simulator';
import { runEveryOperation } from '../support/every-operation';
import { largeScenario, largeStoreKey } from '../support/large-scenario';
import { manualClock, simulatorClient } from '../support/simulator-client';
import { simulatorApiClient } from '../support/simulator-api-client';
import { loadSpecContract } from './openapi-contract';

/**
 * What the real client puts on the wire matches the spec: it runs through all seven operations
 * against the simulator (a test order looked up by an address with +, an hourly range the client
 * splits, pages followed through their cursors), and every request the simulator recorded is
 * checked for method, path, parameters, headers and body. The simulator's answers to those very
 * requests, sent again as recorded, validate too.
 */
const contract = loadSpecContract();
const startIso = '2026-07-15T14:20:00Z';
const email = 'jane+contract@example.com';

const describeRequest = (request: RecordedRequest) => `${request.method} ${request.path}${request.rawQuery === '' ? '' : `?${request.rawQuery}`}`;

describe('client requests against the spec subset', () => {
  let demo: RunningSimulator;
  let large: RunningSimulator;
  /** Every request of both simulators, with the key each was sent with (the log redacts it). */
  const sent: { sim: RunningSimulator; key: string; request: RecordedRequest }[] = [];

  beforeAll(async () => {
    demo = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false });
    demo.placeTestOrder({ email, value: 42.5, delayMs: 0 });
    const run = await runEveryOperation(simulatorApiClient(demo), {
      metricName: 'Placed Order',
      email,
      start: new Date('2026-07-01T04:00:00Z'),
      end: new Date('2026-07-15T04:00:00Z'),
    });
    // The pass really went through the test order: profile found, its event listed.
    expect(run.events).toHaveLength(1);

    large = await startSimulator({ clock: manualClock(startIso), enforceRateLimits: false, scenario: largeScenario() });
    const client = simulatorApiClient(large, { apiKey: largeStoreKey });
    await client.listMetrics();
    await client.listFlows();

    sent.push(...demo.requests.map((request) => ({ sim: demo, key: demoKeys.outdoor, request })));
    sent.push(...large.requests.map((request) => ({ sim: large, key: largeStoreKey, request })));
  });
  afterAll(async () => {
    await demo.close();
    await large.close();
  });

  it('covers all seven operations, cursors and a split hourly range', () => {
    expect(new Set(sent.map(({ request }) => request.operation))).toEqual(new Set(operationNames));
    expect(sent.filter(({ request }) => request.query.some(([name]) => name === 'page[cursor]')).length).toBe(4);
    expect(sent.filter(({ request }) => request.operation === 'queryMetricAggregates')).toHaveLength(3);
  });

  it('sends every request as the spec describes it: zero problems', () => {
    const problems = sent.map(({ request }) => ({ request: describeRequest(request), problems: contract.validateRequest(request) }));
    expect(problems.filter((entry) => entry.problems.length > 0)).toEqual([]);
  });

  it('asks for JSON:API on every request (digest §2.2: the spec declares no Accept header, its media type is the only one)', () => {
    expect(sent.filter(({ request }) => request.headers.accept !== jsonApiMediaType).map(({ request }) => describeRequest(request))).toEqual([]);
  });

  it('gets answers that validate, sent again exactly as recorded', async () => {
    for (const { sim, key, request } of sent) {
      const api = simulatorClient(sim.url, key);
      const target = `${request.path}${request.rawQuery === '' ? '' : `?${request.rawQuery}`}`;
      const answer = request.method === 'POST' ? await api.post(target, request.body) : await api.get(target);
      const operation = request.operation;
      if (operation === null) throw new Error(`not an API request: ${describeRequest(request)}`);
      const sparse = request.query.some(([name]) => name.startsWith('fields['));
      expect({ request: describeRequest(request), status: answer.status }).toEqual({ request: describeRequest(request), status: 200 });
      expect({ request: describeRequest(request), problems: contract.validateResponse(operation, answer.status, answer.json, sparse) }).toEqual({
        request: describeRequest(request),
        problems: [],
      });
    }
  });
});
