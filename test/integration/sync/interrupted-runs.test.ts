import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/domain/errors';
import type { SyncRun } from '../../../shared/domain/sync-run';
import { composeServices } from '../../../main/compose-services';
import { fakePorts, fixedClock } from '../../support/fake-ports';
import { tempDir } from '../../support/temp-dir';

/**
 * A sync killed mid-run (SIGKILL, power cut) never reaches the line that closes its row. The next
 * start of the core closes every such row as interrupted, and the history says so.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const options = (dataDir: string) => ({ host: 'cli' as const, platform: 'linux', systemLocale: 'en-US', dataDir });

describe('sync runs left open by a killed process', () => {
  it('are closed as interrupted when the core starts, and listed by sync:history', async () => {
    const dir = tempDir('interrupted');
    cleanups.push(() => dir.remove());

    // The run a killed process left behind: started, never finished.
    const first = composeServices(fakePorts({ clock: fixedClock('2026-07-01T12:00:00Z') }), options(dir.path));
    const openRun = first.cache.runs.start('demo-outdoor', '2026-07-01T11:58:00.000Z');
    await first.dispose();

    const second = composeServices(fakePorts({ clock: fixedClock('2026-07-01T12:30:00Z') }), options(dir.path));
    cleanups.push(() => second.dispose());
    const result = (await second.dispatch('sync:history', { accountId: 'demo-outdoor' })) as Result<SyncRun[]>;
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      expect.objectContaining({
        id: openRun,
        accountId: 'demo-outdoor',
        startedAt: '2026-07-01T11:58:00.000Z',
        endedAt: '2026-07-01T12:30:00.000Z',
        outcome: 'interrupted',
        errorCode: null,
      }),
    ]);
  });

  it('leaves finished runs as they were and lists the newest first', async () => {
    const dir = tempDir('interrupted-history');
    cleanups.push(() => dir.remove());
    const first = composeServices(fakePorts({ clock: fixedClock('2026-07-01T12:00:00Z') }), options(dir.path));
    const done = first.cache.runs.start('demo-outdoor', '2026-07-01T10:00:00.000Z');
    first.cache.runs.finish(done, {
      endedAt: '2026-07-01T10:01:00.000Z', outcome: 'success', requests: 3, requestsByOperation: {}, rowsWritten: 10, errorCode: null, errorMessage: null,
    });
    const failed = first.cache.runs.start('demo-outdoor', '2026-07-01T11:00:00.000Z');
    first.cache.runs.finish(failed, {
      endedAt: '2026-07-01T11:00:30.000Z', outcome: 'failed', requests: 1, requestsByOperation: {}, rowsWritten: 0, errorCode: 'unreachable', errorMessage: 'offline',
    });
    await first.dispose();

    const second = composeServices(fakePorts({ clock: fixedClock('2026-07-01T12:30:00Z') }), options(dir.path));
    cleanups.push(() => second.dispose());
    const result = (await second.dispatch('sync:history', { accountId: 'demo-outdoor', limit: 10 })) as Result<SyncRun[]>;
    expect(result.ok && result.value.map((run) => [run.outcome, run.errorCode, run.endedAt])).toEqual([
      ['failed', 'unreachable', '2026-07-01T11:00:30.000Z'],
      ['completed', null, '2026-07-01T10:01:00.000Z'],
    ]);
  });
});
