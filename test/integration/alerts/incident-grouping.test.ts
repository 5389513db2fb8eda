import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import { defaultScenario, demoKeys, type ScenarioInput } from '../../../main/simulator';
import { manualClock } from '../../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * The grouping rule on labelled stores: the demo's outdoor shop, with the incidents each test
 * scripts instead of the demo's own, synced from a real simulator into a real cache.
 */
const harnesses: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

const names = (incident: Incident) => incident.members.map((member) => member.metricName).sort();

/** The incidents among `open` the operator was told about, once per notification. */
function toldAbout(harness: SyncHarness, open: readonly Incident[]): string[] {
  const ids = new Set(open.map((incident) => incident.id));
  return harness.notifier.fired.map((notice) => notice.incidentId).filter((id) => ids.has(id));
}

type Incidents = NonNullable<ScenarioInput['accounts'][number]['incidents']>;

async function syncedWith(incidents: Incidents, busyPasswordResets = false) {
  const scenario = defaultScenario();
  const outdoor = scenario.accounts[0]!;
  // A store whose password emails are frequent enough to judge within hours.
  if (busyPasswordResets) outdoor.metrics = outdoor.metrics.map((metric) => (metric.key === 'api-password-reset' ? { ...metric, baseHourlyRate: 25 } : metric));
  outdoor.incidents = incidents.map((incident) => ({ remainingFraction: 1, ...incident }));
  // The recent sale would bias the young Shopify metrics' weekly shape; these tests are about grouping.
  outdoor.peaks = outdoor.peaks?.filter((peak) => !peak.label?.includes('spring sale'));
  const harness = await startSyncHarness({ clock: manualClock('2026-11-23T12:10:00Z'), scenario });
  harnesses.push(harness);
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await harness.core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const { account } = await call<{ account: { id: string } }>('accounts:add', { key: demoKeys.outdoor });
  const result = await harness.core.coordinator.sync(account.id);
  expect(result.outcome).toBe('success');
  const all = await call<Incident[]>('incidents:list', { accountId: account.id });
  // The demo's move from BigCommerce twenty days ago is an incident of its own (its legacy
  // metrics stopped): it is the same in every test and left out here.
  const legacy = all.filter((incident) => incident.diagnosisKind === 'platform-switch');
  expect(legacy.map(names)).toEqual([['Placed Order', 'Started Checkout']]);
  // Its orders moved to the new platform: not priced as a loss.
  expect(legacy[0]!.cost).toMatchObject({ movedElsewhere: true, missingRevenue: null });
  return { harness, open: all.filter((incident) => incident.state !== 'resolved' && !legacy.includes(incident)) };
}


describe('incident grouping on labelled stores', () => {
  it('groups the checkout funnel dropping from one cause into one incident, told once', async () => {
    const { harness, open } = await syncedWith([
      {
        label: 'checkout script broken',
        metrics: ['shopify-viewed-product', 'shopify-added-to-cart', 'shopify-started-checkout', 'shopify-placed-order'],
        startHoursAgo: 10,
        remainingFraction: 0.05,
      },
    ]);
    expect(open).toHaveLength(1);
    const [incident] = open;
    expect(names(incident!)).toEqual(['Added to Cart', 'Placed Order', 'Started Checkout', 'Viewed Product']);
    expect(incident!.headlineMetricName).toBe('Placed Order');
    expect(incident!.grouping).not.toBe('single');
    expect(incident!.cost.missingEvents.estimate).toBeGreaterThan(0);
    expect(incident!.cost.missingRevenue?.estimate).toBeGreaterThan(0);
    expect(incident!.cost.currency).toBe('USD');
    expect(incident!.cost.movedElsewhere).toBe(false);
    expect(toldAbout(harness, open)).toEqual([incident!.id]);
  });

  it('keeps two unrelated drops of the same hour apart: two incidents, two notifications', async () => {
    const { harness, open } = await syncedWith([
      { label: 'password emails broken', metrics: ['api-password-reset'], startHoursAgo: 14, remainingFraction: 0 },
      { label: 'site analytics snippet removed', metrics: ['shopify-active-on-site'], startHoursAgo: 14, remainingFraction: 0.1 },
    ], true);
    expect(open.map(names).sort()).toEqual([['Active on Site'], ['Password Reset']]);
    expect(open.every((incident) => incident.grouping === 'single')).toBe(true);
    // Neither is an order metric: no revenue is put on them.
    expect(open.every((incident) => incident.cost.missingRevenue === null)).toBe(true);
    expect(toldAbout(harness, open).sort()).toEqual(open.map((incident) => incident.id).sort());
  });
});
