import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir';
import type * as CoreModule from '../../main/core';

/**
 * The command line is a host like the others: it acts through the core's typed handlers, never
 * its services. The core it gets here has nothing else (the services are hidden), and every call
 * it makes through the dispatcher is recorded.
 */
const seen: string[] = [];
vi.mock('../../main/core', async (importOriginal) => {
  const real = await importOriginal<typeof CoreModule>();
  return {
    ...real,
    createCore: (...args: Parameters<typeof real.createCore>) => {
      const core = real.createCore(...args);
      const dispatch = core.dispatch;
      core.dispatch = (channel, input) => {
        seen.push(channel);
        return dispatch(channel, input);
      };
      return { handlers: core.handlers, dispatch: core.dispatch, invoke: core.invoke, dispose: core.dispose };
    },
  };
});

const { runSyncCommand } = await import('../../main/cli/sync-command');
const { runAlertsCommand } = await import('../../main/cli/alerts-command');
const { runIncidentsCommand } = await import('../../main/cli/incidents-command');

const dir = tempDir('cli-handlers');
afterAll(() => dir.remove());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, sink: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('the command line acts through the handlers', () => {
  it('storepulse sync --account demo syncs the demo store found by its kind', async () => {
    seen.length = 0;
    const { out, err, sink } = io();
    const code = await runSyncCommand(['--db', join(dir.path, 'sync.sqlite'), '--account', 'demo', '--now', '2026-07-15T14:40:00Z', '--json'], {
      ...sink,
      env: {},
    });
    expect(err.filter((line) => line.startsWith('storepulse') || line.startsWith('error'))).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(out.at(-1)!) as { account: string; seriesRows: number; requests: number };
    expect(summary.account).toBe('demo-outdoor');
    expect(summary.seriesRows).toBeGreaterThan(0);
    expect(summary.requests).toBeGreaterThan(0);
    expect(seen).toEqual(expect.arrayContaining(['accounts:list', 'sync:run']));
  }, 120_000);

  it('storepulse alerts --demo replays through the handlers', async () => {
    seen.length = 0;
    const { out, err, sink } = io();
    const code = await runAlertsCommand(['--demo', '--json', '--now', '2026-12-04T17:10:00Z'], { ...sink, now: () => new Date('2026-12-04T17:10:00Z') });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const episodes = JSON.parse(out.join('\n')) as { account: string }[];
    expect(new Set(episodes.map((e) => e.account))).toEqual(new Set(['Demo Outdoor Co.']));
    expect(seen).toEqual(expect.arrayContaining(['accounts:list', 'sync:run', 'alerts:list']));
  }, 300_000);

  it('storepulse incidents --demo replays and lists through the handlers', async () => {
    seen.length = 0;
    const { out, err, sink } = io();
    const code = await runIncidentsCommand(['--demo', '--json', '--account', 'demo-outdoor', '--now', '2026-12-04T17:10:00Z'], {
      ...sink,
      now: () => new Date('2026-12-04T17:10:00Z'),
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(out.join('\n')))).toBe(true);
    expect(seen).toEqual(expect.arrayContaining(['accounts:list', 'sync:run', 'incidents:list']));
    expect(seen).not.toContain('alerts:list');
  }, 300_000);
});
