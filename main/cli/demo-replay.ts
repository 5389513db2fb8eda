import { join } from 'node:path';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AccountSummary } from '../../shared/domain/account';
import { alertStateSchema, type Alert } from '../../shared/domain/alert';
import { createCore } from '../core';
import type { Invoke } from '../ipc-dispatcher';
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
  /** Only these demo accounts (by id); default every one. */
  accountIds?: readonly string[];
}

/** The replay was asked for an account the demo store does not have. */
export class UnknownDemoAccount extends Error {
  constructor(
    readonly accountId: string,
    readonly known: readonly string[],
  ) {
    super(`no demo account "${accountId}" (the demo's accounts: ${known.join(', ')})`);
  }
}

/**
 * Replays the demo store's whole history as the app would have lived it, headless and without
 * waiting: the embedded simulator is anchored at `anchor`, then a simulated clock starts on the
 * store's first day and moves `everyHours` at a time up to the anchor, and each step runs the
 * app's own sync (and so its own detection, alert lifecycle and incidents) on every demo account
 * into a real SQLite cache. The monitors judge every hour whatever the cadence: the cadence changes
 * only which sync an episode is recorded by, not which hours fire. Then `read` asks the core,
 * its clock at the anchor, what it recorded.
 */
export async function replayDemo<T>(options: DemoReplayOptions, read: (invoke: Invoke, accounts: AccountSummary[]) => Promise<T>): Promise<T> {
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
    const accounts = selected(await demoAccounts(core.invoke), options.accountIds);
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
    return await read(core.invoke, accounts);
  } finally {
    await core.dispose();
  }
}

function selected(accounts: AccountSummary[], ids: readonly string[] | undefined): AccountSummary[] {
  if (ids === undefined) return accounts;
  for (const id of ids) {
    if (!accounts.some((account) => account.id === id)) throw new UnknownDemoAccount(id, accounts.map((account) => account.id));
  }
  return accounts.filter((account) => ids.includes(account.id));
}

/** The demo replayed (see `replayDemo`): every alert episode recorded, oldest first per account. */
export async function replayDemoAlerts(options: DemoReplayOptions): Promise<ReplayedEpisode[]> {
  return replayDemo(options, async (invoke, accounts) => {
    const episodes: ReplayedEpisode[] = [];
    for (const account of accounts) {
      const alerts = await valueOf(invoke('alerts:list', { accountId: account.id, states: ['active', 'dismissed', 'snoozed', 'resolved'] }));
      for (const alert of [...alerts].sort((a, b) => a.firedAt.localeCompare(b.firedAt))) {
        episodes.push(episodeOf(account, alert));
      }
    }
    return episodes;
  });
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
