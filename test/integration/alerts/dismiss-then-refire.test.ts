import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import { defaultScenario, demoKeys } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * domain.md §1: a dismissed alert stays hidden until the metric fires again. Driven through the
 * simulator's clock: Added to Cart drops, the operator dismisses it, the drop ends (the alert
 * resolves quietly), then a second drop starts a day later: a new alert, announced once.
 */
const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

const hour = 3_600_000;

describe('dismiss, then the metric fires again', () => {
  it('a new episode after a dismissed one is a new, visible, announced alert', async () => {
    const scenario = defaultScenario();
    const outdoor = scenario.accounts[0]!;
    // Without the demo's sale of two weeks ago: on a metric only 20 days old it would still be
    // part of the weekly shape, and this test is about the alert lifecycle, not that baseline.
    outdoor.peaks = outdoor.peaks?.filter((peak) => !peak.label?.includes('spring sale'));
    outdoor.incidents = [
      { label: 'first drop', metrics: ['shopify-added-to-cart'], startHoursAgo: 10, durationHours: 16, remainingFraction: 0.2 },
      { label: 'second drop, a day later', metrics: ['shopify-added-to-cart'], startHoursAgo: -30, remainingFraction: 0.2 },
    ];
    const clock = manualClock('2026-11-23T12:10:00Z');
    const harness = await startSyncHarness({ clock, scenario });
    open.push(harness);
    const { core, events } = harness;
    // Announced once per episode: the alerts told as fired, in order.
    const firedAlertIds = () => events.emitted.filter((e) => e.event === 'alerts:fired').map((e) => (e.payload as { alert: Alert }).alert.id);
    const { account } = await core.accounts.add(demoKeys.outdoor);
    const cartAlerts = () => core.alerts.list({ accountId: account.id }).filter((a) => a.metricName === 'Added to Cart');

    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    const [first] = cartAlerts();
    expect(first).toMatchObject({ state: 'active' });
    core.alerts.dismiss(first!.id);
    const announced = firedAlertIds().length;

    // The first drop ends six hours later: the dismissed alert resolves, nobody is told.
    for (let step = 0; step < 4; step += 1) {
      clock.advance(3 * hour);
      expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    }
    expect(core.alerts.list({ accountId: account.id }).find((a) => a.id === first!.id)).toMatchObject({ state: 'resolved' });
    expect(firedAlertIds()).toHaveLength(announced);

    // The second drop, a day later: a new alert, active, announced once.
    clock.set('2026-11-24T23:10:00Z');
    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    clock.advance(hour);
    expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
    const second = cartAlerts().find((a) => a.id !== first!.id);
    expect(second).toMatchObject({ state: 'active' });
    expect(Date.parse(second!.start)).toBeGreaterThanOrEqual(Date.parse('2026-11-24T18:00:00Z'));
    expect(firedAlertIds().slice(announced)).toEqual([second!.id]);
  });
});
