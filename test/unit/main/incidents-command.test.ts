import { describe, expect, it } from 'vitest';
import { runIncidentsCommand } from '../../../main/cli/incidents-command';

/** The command's refusals, before any replay or cache is opened (the listing itself: test/integration/cli/incidents-command.test.ts). */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIncidentsCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2026-12-04T17:10:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('storepulse incidents', () => {
  it.each([
    [[], 'pass --demo to replay the demo store, or --data-dir DIR to list a cache'],
    [['--demo', '--data-dir', 'x'], '--demo and --data-dir exclude each other: pass one'],
    [['--data-dir', 'x', '--now', '2026-12-04T17:10:00Z'], '--now and --every apply to --demo only'],
    [['--data-dir', 'x', '--every', '24'], '--now and --every apply to --demo only'],
    [['--demo', '--now', 'yesterday'], '--now "yesterday" is not an ISO 8601 instant'],
    [['--demo', '--every', '0'], '--every "0" must be a whole number of hours from 1 to 168'],
    [['--demo', '--every', '1.5'], '--every "1.5" must be a whole number of hours from 1 to 168'],
  ])('%j exits 2 with one line on stderr', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, out: '', err: `storepulse incidents: ${message}` });
  });

  it('refuses an unknown option', async () => {
    const result = await run(['--demo', '--db', 'x']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^storepulse incidents: .*--db/);
  });
});
