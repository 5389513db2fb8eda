import { describe, expect, it } from 'vitest';
import { runAlertsCommand } from '../../../main/cli/alerts-command';

/** The command's refusals, before any replay starts (the replay itself: test/integration/alerts/demo-replay.test.ts). */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAlertsCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2026-12-04T17:10:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('storepulse alerts', () => {
  it.each([
    [[], 'only the demo store can be replayed: pass --demo'],
    [['--demo', '--now', 'yesterday'], '--now "yesterday" is not an ISO 8601 instant'],
    [['--demo', '--every', '0'], '--every "0" must be a whole number of hours from 1 to 168'],
    [['--demo', '--every', '1.5'], '--every "1.5" must be a whole number of hours from 1 to 168'],
  ])('%j exits 2 with one line on stderr', async (args, message) => {
    expect(await run(args)).toEqual({ code: 2, out: '', err: `storepulse alerts: ${message}` });
  });

  it('refuses an unknown option', async () => {
    const result = await run(['--demo', '--db', 'x']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^storepulse alerts: .*--db/);
  });
});
