import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { replayDemoAlerts, type ReplayedEpisode } from './demo-replay';

export interface AlertsCommandIo {
  out(text: string): void;
  err(text: string): void;
  /** The instant the demo is anchored at when `--now` is not given. */
  now(): Date;
}

export const alertsUsage = `storepulse alerts --demo [--json] [--now ISO] [--every HOURS]
  Replays the demo store's whole history headless (a simulated clock, no waiting; the app's own
  sync and detection into a temporary cache) and prints every alert episode: account, metric,
  fired at and ended at (the account's time zone, with offset), % below expected when it fired,
  state.
  --json           a JSON array instead of a table
  --now ISO        the demo's anchor (default: now)
  --every HOURS    simulated hours between two syncs (default: 168; the hours judged are the same)`;

/** `storepulse alerts --demo`: the demo's alert episodes, replayed over its whole history. */
export async function runAlertsCommand(args: string[], io: AlertsCommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        demo: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        every: { type: 'string', default: '168' },
      },
    }));
  } catch (error) {
    io.err(`storepulse alerts: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (!values.demo) {
    io.err('storepulse alerts: only the demo store can be replayed: pass --demo');
    return 2;
  }
  const anchor = values.now === undefined ? io.now() : new Date(values.now);
  if (Number.isNaN(anchor.getTime())) {
    io.err(`storepulse alerts: --now "${values.now}" is not an ISO 8601 instant`);
    return 2;
  }
  const everyHours = Number(values.every);
  if (!Number.isInteger(everyHours) || everyHours < 1 || everyHours > 24 * 7) {
    io.err(`storepulse alerts: --every "${values.every}" must be a whole number of hours from 1 to 168`);
    return 2;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'storepulse-alerts-'));
  try {
    const episodes = await replayDemoAlerts({ anchor, everyHours, dataDir });
    io.out(values.json ? JSON.stringify(episodes) : table(episodes));
    return 0;
  } catch (error) {
    io.err(`storepulse alerts: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function table(episodes: readonly ReplayedEpisode[]): string {
  if (episodes.length === 0) return 'No alert in the demo store\'s history.';
  const header = ['account', 'metric', 'fired at', 'ended at', 'below expected', 'state'];
  const rows = episodes.map((e) => [
    e.account,
    e.integration ? `${e.metric} (${e.integration})` : e.metric,
    e.firedAt,
    e.endedAt ?? 'ongoing',
    `${e.percentBelowExpected}%`,
    e.state,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
