import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlaviyoClient, KlaviyoClientOptions } from '../../main/api';
import { operations, operationNames, type OperationName } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type FaultOptions, type RunningSimulator } from '../../main/simulator';
import { AppError } from '../../shared/domain/errors';
import { runEveryOperation, type EveryOperation, type EveryOperationInput } from '../support/every-operation';
import { manualClock } from '../support/simulator-client';
import { simulatorApiClient } from '../support/simulator-api-client';

/**
 * The real client through the simulator's injected faults. Passing faults (5xx, hung requests,
 * dropped connections, a 429 storm, cut bodies) are retried and the results are exactly those of
 * a fault-free run; refusals (revoked key, missing scope) and malformed bodies fail at once with
 * their typed error after a single request; cut bodies that persist end as bad-response.
 *
 * One simulator on a manual clock (the data stays put), rate limits off on both sides, every
 * pass one call after the other so the seeded fault draws are the same on every run.
 */
const noFaults: FaultOptions = {
  serverErrorRate: 0,
  rateLimitStorm: 0,
  rateLimitStormMinutes: 0,
  retryAfterSeconds: 1,
  latencyMs: 0,
  hangRate: 0,
  truncateRate: 0,
  malformedRate: 0,
  dropConnections: 0,
  revokedKeys: [],
  missingScopes: [],
};
const email = 'jane+faults@example.com';
const input: EveryOperationInput = { metricName: 'Placed Order', email, start: new Date('2026-07-05T04:00:00Z'), end: new Date('2026-07-15T04:00:00Z') };
const maxAttempts = 8;

/** Records what the client asks to wait (backoff, Retry-After) and waits a hundredth of it. */
function recordingSleep() {
  const asked: number[] = [];
  const sleep: KlaviyoClientOptions['sleep'] = (ms, signal) => {
    asked.push(ms);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms / 100);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };
  return { asked, sleep };
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe('API client against the simulator: injected faults', () => {
  let sim: RunningSimulator;
  let faultFree: EveryOperation;
  /** Requests of one fault-free pass (the hourly series takes two). */
  let faultFreeRequests: number;

  beforeAll(async () => {
    const clock = manualClock('2026-07-15T14:20:00Z');
    sim = await startSimulator({ clock, enforceRateLimits: false });
    sim.placeTestOrder({ email, value: 42.5, delayMs: 0 });
    faultFree = await runEveryOperation(simulatorApiClient(sim), input);
    faultFreeRequests = sim.requests.length;
  });
  afterAll(() => sim.close());

  /** Runs `action` with `faults` on; the requests the simulator received meanwhile. */
  async function withFaults<T>(faults: Partial<FaultOptions>, action: () => Promise<T>) {
    const from = sim.requests.length;
    sim.setFaults({ ...noFaults, ...faults });
    try {
      const result = await action();
      return { result, requests: sim.requests.slice(from) };
    } finally {
      sim.setFaults(noFaults);
    }
  }

  it('the fault-free run is the demo store’s (the baseline the others are held to)', () => {
    expect(faultFree.metrics).toHaveLength(16);
    expect(faultFree.hourly.buckets).toHaveLength(240);
    expect(faultFree.events.map((event) => event.value)).toEqual([42.5]);
  });

  it.each([
    ['500 and 503 answers', { serverErrorRate: 0.3 }, [500, 503]],
    ['dropped connections', { dropConnections: 3 }, [0]],
    // A cut body still goes out as a 200: the retries are what shows it.
    ['cut bodies', { truncateRate: 0.3 }, [200]],
  ] as const)('%s are retried and the results equal a fault-free run', async (_, faults, faultStatuses) => {
    const client = simulatorApiClient(sim, { retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts } });
    const { result, requests } = await withFaults(faults, () => runEveryOperation(client, input));
    expect(result).toEqual(faultFree);
    expect(faultFreeRequests).toBe(9);
    expect(requests.length).toBeGreaterThan(faultFreeRequests);
    expect(requests.some((request) => (faultStatuses as readonly number[]).includes(request.status))).toBe(true);
  });

  it('hung requests time out and are retried; the results equal a fault-free run', async () => {
    const client = simulatorApiClient(sim, { timeoutMs: 150, retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts } });
    const { result, requests } = await withFaults({ hangRate: 0.25 }, () => runEveryOperation(client, input));
    expect(result).toEqual(faultFree);
    expect(requests.length).toBeGreaterThan(faultFreeRequests);
    expect(requests.some((request) => request.status === 0)).toBe(true);
  });

  it('a storm of 429s is waited out as Retry-After says; the results equal a fault-free run', async () => {
    const { asked, sleep } = recordingSleep();
    const client = simulatorApiClient(sim, { sleep });
    const { result, requests } = await withFaults({ rateLimitStorm: 3 }, () => runEveryOperation(client, input));
    expect(result).toEqual(faultFree);
    expect(requests.slice(0, 4).map((request) => request.status)).toEqual([429, 429, 429, 200]);
    expect(asked).toEqual([1_000, 1_000, 1_000]);
  });

  it('a revoked key fails as invalid-key after one request, not retried', async () => {
    const client = simulatorApiClient(sim);
    const { result: error, requests } = await withFaults({ revokedKeys: [demoKeys.outdoor] }, () => rejectionOf(client.getAccount()));
    expect(error).toMatchObject({ code: 'invalid-key', params: { operation: 'get_accounts' } });
    expect(requests.map((request) => request.status)).toEqual([401]);
  });

  it.each([
    ['listFlows', 'getFlows'],
    ['listFlowsTriggeredByMetric', 'getFlowsTriggeredByMetric'],
  ] as const)('a key without flows:read fails %s as missing-scope naming it, after one request', async (method, operation) => {
    const client = simulatorApiClient(sim);
    const call = method === 'listFlows' ? () => client.listFlows() : () => client.listFlowsTriggeredByMetric(faultFree.metrics[0]?.id ?? '');
    const { result: error, requests } = await withFaults({ missingScopes: ['flows:read'] }, () => rejectionOf(call()));
    expect(error).toMatchObject({ code: 'missing-scope', params: { operation: operations[operation].id, scope: 'flows:read' } });
    expect(requests.map((request) => request.status)).toEqual([403]);
  });

  /** Each operation once, alone, so that its failure is its own. */
  const callOf = (operation: OperationName): ((client: KlaviyoClient) => Promise<unknown>) => {
    const metricId = () => faultFree.metrics[0]?.id ?? '';
    const calls: Record<OperationName, (client: KlaviyoClient) => Promise<unknown>> = {
      getAccounts: (client) => client.getAccount(),
      getMetrics: (client) => client.listMetrics(),
      queryMetricAggregates: (client) => client.queryMetricAggregates({ metricId: metricId(), interval: 'day', start: input.start, end: input.end, timezone: 'UTC' }),
      getFlows: (client) => client.listFlows(),
      getFlowsTriggeredByMetric: (client) => client.listFlowsTriggeredByMetric(metricId()),
      getProfiles: (client) => client.findProfileByEmail(email),
      getEvents: (client) => client.listEventsForProfile({ profileId: faultFree.profile?.id ?? '', metricId: metricId(), since: input.start }),
    };
    return calls[operation];
  };

  it.each(operationNames)('a malformed body from %s fails as bad-response naming the operation, after one request', async (operation) => {
    const client = simulatorApiClient(sim);
    const { result: error, requests } = await withFaults({ malformedRate: 1 }, () => rejectionOf(callOf(operation)(client)));
    expect(error.code).toBe('bad-response');
    expect(error.params).toEqual({ operation: operations[operation].id });
    expect(error.message).toContain(operations[operation].id);
    expect(requests.map((request) => request.status)).toEqual([200]);
  });

  it.each(operationNames)('bodies from %s cut on every try are retried, then fail as bad-response', async (operation) => {
    const attempts = 3;
    const client = simulatorApiClient(sim, { retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: attempts } });
    const { result: error, requests } = await withFaults({ truncateRate: 1 }, () => rejectionOf(callOf(operation)(client)));
    expect(error).toMatchObject({ code: 'bad-response', params: { operation: operations[operation].id } });
    expect(requests.map((request) => request.operation)).toEqual(Array(attempts).fill(operation));
  });
});
