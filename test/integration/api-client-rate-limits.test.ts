import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKlaviyoClient, createRateLimiterRegistry } from '../../main/api';
import { operations, type OperationName } from '../../shared/klaviyo/operations';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { maxInWindow } from '../support/arrival-windows';
import { recordingLogger } from '../support/fake-ports';
import { driveVirtualTime, virtualSleep, virtualTimers } from '../support/virtual-time';

/**
 * The client's rate limiter against the simulator's, both at the spec's numbers, the client with
 * the app's own windows, margins and timeouts: a burst of calls larger than a minute's allowance
 * is spread out so that no 429 is ever answered. Both sides run on vitest's fake clock, driven so
 * that each request arrives at the instant it left (see virtual-time.ts): a minute passes in
 * milliseconds, and the proof comes from the arrival times the simulator recorded, not from how
 * long anything took.
 */
const startIso = '2026-07-15T14:20:00Z';

describe('API client against the simulator: rate limits', () => {
  let sim: RunningSimulator;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: [...virtualTimers], now: new Date(startIso) });
    sim = await startSimulator({ clock: { now: () => new Date() } });
  });
  afterEach(async () => {
    await sim.close();
    vi.useRealTimers();
  });

  const arrivalsOf = (operation: OperationName) => sim.requests.filter((request) => request.operation === operation);

  it('spreads a burst above the steady limit over more than a minute: no 429 answered, no window over the spec', async () => {
    // The client logs one line per attempt answered (done, will be retried, failed): with the
    // simulator's log of arrivals, that tells when nothing is on the wire.
    const log = recordingLogger();
    const client = createKlaviyoClient({
      apiKey: demoKeys.outdoor,
      baseUrl: sim.url,
      rateLimiters: createRateLimiterRegistry(),
      sleep: virtualSleep,
      logger: log,
    });
    const isQuiet = () => sim.requests.length === client.stats().requests && log.lines.length === client.stats().requests;
    const accountCalls = operations.getAccounts.steadyPerMinute + 5;
    const aggregateCalls = operations.queryMetricAggregates.steadyPerMinute + 10;
    // A sync asks each metric for its flows: N metrics, N calls at once.
    const triggerCalls = operations.getFlowsTriggeredByMetric.steadyPerMinute + 10;
    const metricId = (await driveVirtualTime(client.listMetrics(), isQuiet))[0]?.id ?? '';
    const query = { metricId, interval: 'day' as const, start: new Date('2026-07-01T04:00:00Z'), end: new Date('2026-07-02T04:00:00Z'), timezone: 'America/New_York' };

    const results = await driveVirtualTime(
      Promise.all([
        Promise.all(Array.from({ length: accountCalls }, () => client.getAccount())),
        Promise.all(Array.from({ length: aggregateCalls }, () => client.queryMetricAggregates(query))),
        Promise.all(Array.from({ length: triggerCalls }, () => client.listFlowsTriggeredByMetric(metricId))),
      ]),
      isQuiet,
    );

    // Every call got its answer, and the same one: nothing was lost to a refusal on the way.
    for (const answers of results) expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    const refused = sim.requests.filter((request) => request.status !== 200);
    expect(refused.map((request) => `${request.operation ?? '?'} ${request.status} at +${request.receivedMs - Date.parse(startIso)} ms`)).toEqual([]);
    const bursts = [
      ['getAccounts', accountCalls],
      ['queryMetricAggregates', aggregateCalls],
      ['getFlowsTriggeredByMetric', triggerCalls],
    ] as const;
    for (const [operation, calls] of bursts) {
      const times = arrivalsOf(operation).map((request) => request.receivedMs);
      const { burstPerSecond, steadyPerMinute } = operations[operation];
      expect({ operation, requests: times.length }).toEqual({ operation, requests: calls });
      expect({ operation, busiestSecond: maxInWindow(times, 1_000) }).toEqual({ operation, busiestSecond: burstPerSecond });
      expect({ operation, busiestMinute: maxInWindow(times, 60_000) }).toEqual({ operation, busiestMinute: steadyPerMinute });
      // More calls than a minute allows: the last ones waited for the first minute to pass.
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(60_000);
    }
  });
});
