import { join } from 'node:path';
import { composeServices } from '../../main/compose-services';
import type { Clock } from '../../main/ports';
import { createMemorySecretStore } from '../../main/secrets/memory-secret-store';
import { startSimulator } from '../../main/simulator';
import { memoryPreferences, recordingEventSink, recordingLogger, recordingNotifier } from '../support/fake-ports';
import { atMost, round, type Figure } from './bench-stats';
import { benchKey, benchScenario } from './bench-scenarios';
import { syncFloorSeconds } from './rate-limit-floor';

/**
 * The initial backfill of a 50-metric account against the simulator enforcing the published rate
 * limits, with the client at the same limits, in real time: its wall time divided by the floor
 * those limits impose on the requests it needed. Then one hour later, an incremental sync.
 */
export async function syncBench(dir: string, log: (line: string) => void): Promise<Figure[]> {
  let offsetMs = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
  const simulator = await startSimulator({ clock, scenario: benchScenario(1, 50), enforceRateLimits: true });
  const core = composeServices(
    {
      clock,
      logger: recordingLogger(),
      preferences: memoryPreferences(),
      events: recordingEventSink(),
      secrets: createMemorySecretStore(),
      notifier: recordingNotifier(),
    },
    { host: 'cli', platform: process.platform, systemLocale: 'en-US', dataDir: join(dir, 'sync'), realApiBaseUrl: simulator.url },
  );
  try {
    const { account } = await core.accounts.add(benchKey(0));
    log('  initial backfill of 50 metrics at the published limits (several minutes, by design)...');
    const started = performance.now();
    const initial = await core.coordinator.sync(account.id);
    const wallSeconds = (performance.now() - started) / 1000;
    if (initial.outcome !== 'success') throw new Error(`initial sync ${initial.outcome}: ${initial.error?.message ?? ''}`);
    const floor = syncFloorSeconds(initial.requestsByOperation);
    const refused = simulator.requests.filter((r) => r.status === 429).length;

    offsetMs += 3_600_000;
    const incremental = await core.coordinator.sync(account.id);
    const perMetric = (incremental.requestsByOperation.queryMetricAggregates ?? 0) / incremental.metrics;
    const ratio = round(wallSeconds / floor);
    return [
      { key: 'sync.initialRatioToRateLimitFloor', value: ratio, unit: '×', goal: atMost(ratio, 1.1), note: `${round(wallSeconds, 1)} s against a floor of ${round(floor, 1)} s; ${refused} answered 429` },
      { key: 'sync.initialRequests', value: initial.requests, unit: 'requests' },
      { key: 'sync.incrementalRequestsPerMetric', value: round(perMetric), unit: 'requests', goal: atMost(perMetric, 2) },
    ];
  } finally {
    await core.dispose();
    await simulator.close();
  }
}
