import { afterEach, describe, expect } from 'vitest';
import type { Alert } from '../../shared/domain/alert';
import type { Result } from '../../shared/domain/errors';
import { composeServices } from '../../main/compose-services';
import { fakePorts } from '../support/fake-ports';
import { manualClock } from '../support/simulator-client';
import { tempDir } from '../support/temp-dir';
import { faultCase } from './fault-case';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('alert writes', () => {
  faultCase('the cache refuses the alert half of a snooze: a typed error, the metric is not left snoozed, the alert stays active', async () => {
    const ports = fakePorts({ clock: manualClock('2026-11-23T12:10:00Z') });
    const dir = tempDir('alert-writes');
    const core = composeServices(ports, { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
    cleanups.push(async () => {
      await core.dispose();
      dir.remove();
    });
    expect((await core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
    const active = (await core.dispatch('alerts:list', { accountId: 'demo-outdoor', states: ['active'] })) as Result<Alert[]>;
    if (!active.ok) throw new Error(active.error.code);
    const alert = active.value[0]!;

    // The metric's snooze is written first; the alert's transition row, second, is refused.
    core.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON alert_transitions BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const answer = await core.dispatch('alerts:snooze', { alertId: alert.id, days: 30 });
    expect(answer).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    const snoozes = core.db.prepare('SELECT COUNT(*) AS n FROM metric_snoozes').get() as { n: number };
    expect(snoozes.n).toBe(0);
    const after = (await core.dispatch('alerts:list', { accountId: 'demo-outdoor', states: ['active'] })) as Result<Alert[]>;
    expect(after.ok && after.value.map((a) => a.id)).toContain(alert.id);
    return `snooze refused (${answer.ok ? 'ok' : answer.error.code}); no metric snoozed, the alert still active`;
  });
});
