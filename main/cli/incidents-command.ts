import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AccountSummary } from '../../shared/domain/account';
import { createCore } from '../core';
import type { Invoke } from '../ipc-dispatcher';
import { createMemorySecretStore } from '../secrets/memory-secret-store';
import { valueOf } from './core-calls';
import { replayDemo, UnknownDemoAccount } from './demo-replay';
import { incidentTable } from './incident-table';
import { listedIncident, listedIncidentsSchema, type ListedIncident } from './listed-incident';

export interface IncidentsCommandIo {
  out(text: string): void;
  err(text: string): void;
  /** The instant the demo is anchored at when `--now` is not given; "now" for a cache. */
  now(): Date;
}

export const incidentsUsage = `storepulse incidents --demo [--account ID] [--json] [--now ISO] [--every HOURS]
storepulse incidents --data-dir DIR [--account ID] [--json]
  Lists the incidents (drops of one account grouped by their shared cause): id, account, state,
  start and end ("ongoing" while a metric is still down) on the account's clock, member metrics,
  diagnosis, missing events and missing revenue with their ranges (in the account's currency),
  snooze.
  --demo           replay the demo store's whole history headless first (a simulated clock, no
                   waiting; the app's own sync, detection and grouping into a temporary cache)
  --data-dir DIR   list the cache in DIR (the app's data folder) as it is, without syncing
  --account ID     only that account
  --json           a JSON array instead of a table
  --now ISO        the demo's anchor (default: now)
  --every HOURS    simulated hours between two syncs of the demo (default: 168)`;

/** Refused input: one line on stderr and exit 2. */
class Refusal extends Error {}

/** The cap the contract puts on one page of `incidents:list`: every incident of a store, in practice. */
const listLimit = 1000;

/** `storepulse incidents`: the incidents of the demo store replayed, or of an existing cache. */
export async function runIncidentsCommand(args: string[], io: IncidentsCommandIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.err(`storepulse incidents: ${message}`);
    return code;
  };
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        demo: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        account: { type: 'string' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        every: { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), 2);
  }
  const dataDir = values['data-dir'];
  if (values.demo === (dataDir !== undefined)) {
    return fail(values.demo ? '--demo and --data-dir exclude each other: pass one' : 'pass --demo to replay the demo store, or --data-dir DIR to list a cache', 2);
  }
  if (dataDir !== undefined && (values.now !== undefined || values.every !== undefined)) return fail('--now and --every apply to --demo only', 2);

  const print = (incidents: ListedIncident[], empty: string) => {
    io.out(values.json ? JSON.stringify(listedIncidentsSchema.parse(incidents)) : incidentTable(incidents, empty));
  };
  try {
    if (dataDir !== undefined) {
      const folder = resolve(dataDir);
      print(await listCache(folder, values.account, io.now), `No incident in ${folder}.`);
      return 0;
    }
    const anchor = values.now === undefined ? io.now() : new Date(values.now);
    if (Number.isNaN(anchor.getTime())) throw new Refusal(`--now "${values.now}" is not an ISO 8601 instant`);
    const everyHours = Number(values.every ?? '168');
    if (!Number.isInteger(everyHours) || everyHours < 1 || everyHours > 24 * 7) {
      throw new Refusal(`--every "${values.every}" must be a whole number of hours from 1 to 168`);
    }
    print(await listDemo(anchor, everyHours, values.account), "No incident in the demo store's history.");
    return 0;
  } catch (error) {
    if (error instanceof Refusal || error instanceof UnknownDemoAccount) return fail(error.message, 2);
    return fail(error instanceof Error ? error.message : String(error), 1);
  }
}

/** Every incident of the accounts, through the core's gate: oldest first within each account. */
async function listIncidents(invoke: Invoke, accounts: readonly AccountSummary[]): Promise<ListedIncident[]> {
  const listed: ListedIncident[] = [];
  for (const account of accounts) {
    const incidents = await valueOf(invoke('incidents:list', { accountId: account.id, limit: listLimit }));
    for (const incident of [...incidents].sort((a, b) => a.start.localeCompare(b.start) || a.firedAt.localeCompare(b.firedAt))) {
      listed.push(listedIncident(account, incident));
    }
  }
  return listed;
}

async function listDemo(anchor: Date, everyHours: number, accountId: string | undefined): Promise<ListedIncident[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-incidents-'));
  try {
    return await replayDemo({ anchor, everyHours, dataDir, ...(accountId === undefined ? {} : { accountIds: [accountId] }) }, listIncidents);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The cache in `folder` as it is: the core opened on it without a schedule, a sync or the demo
 * accounts, so nothing is fetched and nothing is added; only the core's own start-up bookkeeping
 * (a sync left running by a process that died is closed as interrupted) touches the file.
 */
async function listCache(folder: string, accountId: string | undefined, now: () => Date): Promise<ListedIncident[]> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Refusal(`no folder "${folder}"`);
  const databaseFile = join(folder, 'cache.sqlite');
  if (!existsSync(databaseFile)) throw new Refusal(`no Storepulse cache in "${folder}" (cache.sqlite is missing)`);
  const preferences: Record<string, unknown> = {};
  const core = createCore(
    {
      clock: { now },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      events: { emit: () => undefined },
      secrets: createMemorySecretStore(),
      notifier: { incidentFired: () => undefined, incidentResolved: () => undefined },
      preferences: { read: () => preferences, write: (value) => Object.assign(preferences, value) },
    },
    { host: 'cli', platform: process.platform, systemLocale: 'en-US', dataDir: folder, databaseFile },
  );
  try {
    const accounts = await valueOf(core.invoke('accounts:list', undefined));
    if (accountId === undefined) return await listIncidents(core.invoke, accounts);
    const account = accounts.find((candidate) => candidate.id === accountId);
    if (!account) {
      const known = accounts.map((candidate) => candidate.id);
      throw new Refusal(`no account "${accountId}" in "${folder}"${known.length > 0 ? ` (its accounts: ${known.join(', ')})` : ''}`);
    }
    return await listIncidents(core.invoke, [account]);
  } finally {
    await core.dispose();
  }
}
