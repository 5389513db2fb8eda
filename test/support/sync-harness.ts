import { join } from 'node:path';
import { composeServices, type Services } from '../../main/compose-services';
import { operationNames } from '../../shared/klaviyo/operations';
import type { Clock, SecretStore } from '../../main/ports';
import type { Sleep } from '../../main/api/sleep';
import { createMemorySecretStore } from '../../main/secrets/memory-secret-store';
import { defaultScenario, startSimulator, type FaultOptions, type RunningSimulator, type ScenarioInput } from '../../main/simulator';
import { memoryPreferences, recordingEventSink, recordingLogger, recordingNotifier, type RecordingEventSink, type RecordingNotifier } from './fake-ports';
import { tempDir } from './temp-dir';

export interface SyncHarness {
  core: Services;
  simulator: RunningSimulator;
  events: RecordingEventSink;
  notifier: RecordingNotifier;
  dataDir: string;
  close(): Promise<void>;
}

/** No client-side pacing: these tests are about the cache, and the simulator here does not limit. */
const unlimited = Object.fromEntries(operationNames.map((name) => [name, { burstPerSecond: 1e6, steadyPerMinute: 6e7 }]));

/**
 * A real core on a real SQLite file, talking to a real simulator on loopback as if it were a
 * customer's account: only the clock, preferences, secrets and events are the ports' fakes.
 */
export async function startSyncHarness(options: {
  clock: Clock;
  scenario?: ScenarioInput;
  faults?: Partial<FaultOptions>;
  /** Where keys are kept; in memory unless a test needs a real file. */
  secrets?: SecretStore;
  /** The client's waits (backoff, Retry-After); default real time. */
  sleep?: Sleep;
  rateLimitBudgetMinutes?: number;
}): Promise<SyncHarness> {
  const dir = tempDir('sync');
  const simulator = await startSimulator({
    clock: options.clock,
    scenario: options.scenario ?? defaultScenario(),
    enforceRateLimits: false,
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const events = recordingEventSink();
  const notifier = recordingNotifier();
  const core = composeServices(
    {
      clock: options.clock,
      logger: recordingLogger(),
      preferences: memoryPreferences(),
      events,
      secrets: options.secrets ?? createMemorySecretStore(),
      notifier,
    },
    {
      host: 'cli',
      platform: 'linux',
      systemLocale: 'en-US',
      dataDir: join(dir.path, 'data'),
      realApiBaseUrl: simulator.url,
      rateLimits: { limits: unlimited },
      apiRetry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 6 },
      ...(options.sleep ? { apiSleep: options.sleep } : {}),
      ...(options.rateLimitBudgetMinutes === undefined ? {} : { rateLimitBudgetMinutes: options.rateLimitBudgetMinutes }),
    },
  );
  return {
    core,
    simulator,
    events,
    notifier,
    dataDir: dir.path,
    async close() {
      await core.dispose();
      await simulator.close();
      dir.remove();
    },
  };
}

/** Every cached series row and catalogue entry, in a stable order, without fetch times. */
export function dumpCache(core: Services): { series: unknown[]; metrics: unknown[]; flows: unknown[]; triggers: unknown[] } {
  return {
    series: core.db
      .prepare('SELECT metric_id, interval, bucket_start, count, sum_value, unique_count FROM series ORDER BY metric_id, interval, bucket_start')
      .all(),
    metrics: core.db.prepare('SELECT id, name, integration_name, integration_category, gone FROM metrics ORDER BY id').all(),
    flows: core.db.prepare('SELECT id, name, status, trigger_type, archived, gone FROM flows ORDER BY id').all(),
    triggers: core.db.prepare('SELECT flow_id, metric_id FROM flow_triggers ORDER BY flow_id, metric_id').all(),
  };
}

/**
 * A wait that costs no real time: it moves the shared clock to the end of the wait (never back),
 * so waits that overlap in the sync's parallel requests advance it once, as real time would.
 */
export function clockSleep(clock: Clock & { set(iso: string): void }): Sleep {
  return async (ms, signal) => {
    if (signal?.aborted) throw signal.reason;
    const until = clock.now().getTime() + ms;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw signal.reason;
    if (clock.now().getTime() < until) clock.set(new Date(until).toISOString());
  };
}
