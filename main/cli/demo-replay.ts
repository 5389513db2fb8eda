import { join } from 'node:path';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { alertStateSchema, type Alert } from '../../shared/domain/alert';
import { createCore } from '../core';
import type { Clock } from '../ports';
import { createMemorySecretStore } from '../secrets/memory-secret-store';
import { defaultScenario } from '../simulator';
import { demoAccounts, valueOf } from './core-calls';

/** One alert episode of the demo replay, as `storepulse alerts --demo --json` prints it. */
export const replayedEpisodeSchema = z.object({
  accountId: z.string(),
  account: z.string(),
  /** The account's IANA zone: every time below is written in it, with its offset. */
  timezone: z.string(),
  metric: z.string(),
  integration: z.string().nullable(),
  /** First anomalous hour. */
  start: z.string(),
  /** The hour at whose completion the alert fired (bucket start, as the app stores it). */
  firedAt: z.string(),
  /** The hour recovery was judged, or null while the drop lasts. */
  endedAt: z.string().nullable(),
  /** Share of the expected activity missing when it fired, in percent (rounded). */
  percentBelowExpected: z.number().int(),
  state: alertStateSchema,
});
export type ReplayedEpisode = z.infer<typeof replayedEpisodeSchema>;
export const replayedEpisodesSchema = z.array(replayedEpisodeSchema);

export interface DemoReplayOptions {
  /** The demo's anchor: its data is laid out relative to this instant (floored to the hour). */
  anchor: Date;
  /** Hours of simulated time between two syncs. */
  everyHours: number;
  /** An empty folder for the replay's SQLite cache. */
  dataDir: string;
}

/**
 * Replays the demo store's whole history as the app would have lived it, headless and without
 * waiting: the embedded simulator is anchored at `anchor`, then a simulated clock starts on the
 * store's first day and moves `everyHours` at a time up to the anchor, and each step runs the
 * app's own sync (and so its own detection and alert lifecycle) on every demo account into a real
 * SQLite cache. The monitors judge every hour whatever the cadence: the cadence changes only which
 * sync an episode is recorded by, not which hours fire. Returns every alert episode recorded.
 */
export async function replayDemoAlerts(options: DemoReplayOptions): Promise<ReplayedEpisode[]> {
  const anchorMs = Math.floor(options.anchor.getTime() / 3_600_000) * 3_600_000;
  let nowMs = anchorMs;
  const clock: Clock = { now: () => new Date(nowMs) };
  const preferences: Record<string, unknown> = {};
  const core = createCore(
    {
      clock,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      events: { emit: () => undefined },
      secrets: createMemorySecretStore(),
      notifier: { incidentFired: () => undefined, incidentResolved: () => undefined },
      preferences: { read: () => preferences, write: (value) => Object.assign(preferences, value) },
    },
    {
      host: 'cli',
      platform: process.platform,
      systemLocale: 'en-US',
      dataDir: options.dataDir,
      databaseFile: join(options.dataDir, 'cache.sqlite'),
      ensureDemoAccounts: true,
      // The clock starts on the store's first day; the store's data is laid out from the anchor.
      demoAnchor: new Date(anchorMs),
    },
  );
  try {
    const accounts = await demoAccounts(core.invoke);
    const stepMs = options.everyHours * 3_600_000;
    // The first sync one day into the store's history, so there is a complete day to read.
    const firstMs = anchorMs - (defaultScenario().historyDays - 1) * 86_400_000;
    for (let t = firstMs; ; t = Math.min(t + stepMs, anchorMs)) {
      nowMs = t;
      for (const account of accounts) {
        const result = await valueOf(core.invoke('sync:run', { accountId: account.id }));
        if (result.outcome !== 'success') {
          throw new Error(`sync of ${account.id} at ${new Date(t).toISOString()} ended ${result.outcome}: ${result.error?.message ?? ''}`);
        }
      }
      if (t === anchorMs) break;
    }
    const episodes: ReplayedEpisode[] = [];
    for (const account of accounts) {
      const alerts = await valueOf(core.invoke('alerts:list', { accountId: account.id, states: ['active', 'dismissed', 'snoozed', 'resolved'] }));
      for (const alert of [...alerts].sort((a, b) => a.firedAt.localeCompare(b.firedAt))) {
        episodes.push(episodeOf(account, alert));
      }
    }
    return episodes;
  } finally {
    await core.dispose();
  }
}

function episodeOf(account: { id: string; name: string; timezone: string }, alert: Alert): ReplayedEpisode {
  const local = (iso: string) => DateTime.fromISO(iso, { zone: account.timezone }).toISO({ suppressMilliseconds: true })!;
  return {
    accountId: account.id,
    account: account.name,
    timezone: account.timezone,
    metric: alert.metricName,
    integration: alert.integrationName,
    start: local(alert.start),
    firedAt: local(alert.firedAt),
    endedAt: alert.resolvedAt === null ? null : local(alert.resolvedAt),
    percentBelowExpected: Math.round(alert.depth * 100),
    state: alert.state,
  };
}
