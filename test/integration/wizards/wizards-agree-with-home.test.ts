import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Result } from '../../../shared/domain/errors';
import type { Metric } from '../../../shared/domain/metric';
import type { WizardView } from '../../../shared/domain/wizard';
import { defaultScenario, demoKeys } from '../../../main/simulator';
import type { ScenarioInput } from '../../../main/simulator/scenario-schema';
import { manualClock } from '../../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../../support/sync-harness';

/**
 * Home's probable causes and the wizards' automatic checks must never contradict each other: for
 * every demo account and a few crafted stores, synced into a real cache from the simulator, each
 * check that has a diagnosis counterpart gives the verdict of that diagnosis.
 */
const open: SyncHarness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

type Account = ScenarioInput['accounts'][number];

/** The demo shop with only what a world needs: no incident, no second platform, no sale. */
function shopWorld(change: (outdoor: Account) => void): ScenarioInput {
  const scenario = defaultScenario();
  const outdoor = scenario.accounts[0]!;
  outdoor.peaks = outdoor.peaks?.filter((peak) => !peak.label?.includes('spring sale'));
  outdoor.incidents = [];
  change(outdoor);
  return { ...scenario, accounts: [outdoor] };
}

const withoutBigCommerce = (outdoor: Account) => {
  outdoor.metrics = outdoor.metrics.filter((m) => !m.key.startsWith('bigcommerce-')).map((m) => ({ ...m, startDaysAgo: undefined }));
  outdoor.flows = outdoor.flows?.filter((f) => !f.triggerMetric?.startsWith('bigcommerce-'));
  outdoor.events = outdoor.events?.filter((e) => !e.metric.startsWith('bigcommerce-'));
  outdoor.peaks = outdoor.peaks?.map((p) => ({ ...p, metrics: p.metrics?.filter((m) => !m.startsWith('bigcommerce-')) })).filter((p) => p.metrics?.length !== 0);
};
const onsiteIncident = { label: 'new theme without the onsite snippets', metrics: ['shopify-viewed-product', 'shopify-added-to-cart'], startHoursAgo: 30, remainingFraction: 0.3 };

const worlds: { name: string; key: string; scenario: () => ScenarioInput }[] = [
  { name: 'demo: Demo Outdoor Co.', key: demoKeys.outdoor, scenario: defaultScenario },
  { name: 'demo: Demo Charity', key: demoKeys.charity, scenario: defaultScenario },
  { name: 'crafted: healthy store', key: demoKeys.outdoor, scenario: () => shopWorld(withoutBigCommerce) },
  {
    name: 'crafted: onsite tracking broken',
    key: demoKeys.outdoor,
    scenario: () => shopWorld((outdoor) => {
      withoutBigCommerce(outdoor);
      outdoor.incidents = [onsiteIncident];
    }),
  },
  { name: 'crafted: platform switched', key: demoKeys.outdoor, scenario: () => shopWorld(() => undefined) },
];

const ONSITE = ['viewed product', 'added to cart'];
const key = (name: string | null) => (name ?? '').trim().toLowerCase();
const itemsOf = (view: WizardView, stepId: string) => view.steps.find((s) => s.id === stepId)?.items ?? [];

async function synced(world: (typeof worlds)[number]) {
  const clock = manualClock('2026-11-23T12:10:00Z');
  const harness = await startSyncHarness({ clock, scenario: world.scenario() });
  open.push(harness);
  const { core } = harness;
  const { account } = await core.accounts.add(world.key);
  expect((await core.coordinator.sync(account.id)).outcome).toBe('success');
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { accountId: account.id, call };
}

/** Every way a wizard check and Home's diagnoses could disagree on this account, as sentences. */
async function disagreements(accountId: string, call: <T>(channel: string, input?: unknown) => Promise<T>): Promise<string[]> {
  const found: string[] = [];
  const diagnoses = await call<Diagnosis[]>('diagnoses:list', { accountId });
  const metrics = await call<Metric[]>('metrics:list', { accountId });
  const integrations = [...new Set(metrics.filter((m) => !m.gone && m.integrationName).map((m) => m.integrationName!))];
  const of = <K extends Diagnosis['kind']>(kind: K) => diagnoses.filter((d) => d.kind === kind);
  const onsiteOn = (integration: string) => of('onsite-tracking').find((d) => d.details.kind === 'onsite-tracking' && key(d.details.platform) === key(integration));
  const outageOn = (integration: string) => of('integration-outage').find((d) => d.details.kind === 'integration-outage' && key(d.details.integration) === key(integration));
  const orderStatusOn = (integration: string) => of('order-status').find((d) => d.details.kind === 'order-status' && key(d.details.integration) === key(integration));
  const switched = of('platform-switch')[0];

  // The migration checklist's platforms: the switch Home reports, or a question when there is none.
  const migration = await call<WizardView>('wizards:start', { kind: 'migration', accountId });
  if (switched?.details.kind === 'platform-switch') {
    const { legacyIntegration, newIntegration } = switched.details;
    if (migration.context.legacy !== legacyIntegration || migration.context.next !== newIntegration)
      found.push(`migration platforms ${migration.context.legacy}->${migration.context.next}, Home ${legacyIntegration}->${newIntegration}`);
  } else if (!migration.steps[0]?.blocked) found.push(`migration found a switch (${migration.context.legacy}->${migration.context.next}) Home does not report`);

  for (const integration of integrations) {
    // The migration's onsite step, with this integration as the new platform.
    const view = await call<WizardView>('wizards:update', { sessionId: migration.session.id, input: { legacyIntegration: 'Previous platform', newIntegration: integration } });
    const onsiteStep = itemsOf(view, 'onsite').filter((item) => item.source === 'auto');
    const hasOnsiteMetrics = metrics.some((m) => !m.gone && key(m.integrationName) === key(integration) && ONSITE.includes(key(m.name)));
    const onsite = onsiteOn(integration);
    if (onsite && !onsiteStep.some((item) => item.state === 'no')) found.push(`${integration}: Home says onsite tracking is broken, the migration's onsite step says ${onsiteStep.map((i) => `${i.id}=${i.state}`).join(', ')}`);
    if (!onsite && hasOnsiteMetrics && onsiteStep.some((item) => item.state === 'no' && item.id !== 'onsitePresent'))
      found.push(`${integration}: the migration's onsite step finds a problem Home does not report`);
    if (onsite) {
      const named = onsiteStep.map((item) => Object.values(item.params).join(' ')).join(' ');
      for (const metric of onsite.metricNames) if (!named.includes(metric)) found.push(`${integration}: the migration's onsite step does not name ${metric}`);
    }

    // Troubleshooting the integration: its questions and causes follow the same findings.
    const troubleshoot = await call<WizardView>('wizards:start', { kind: 'troubleshoot', accountId, origin: { integration } });
    const answer = (id: string) => itemsOf(troubleshoot, 'questions').find((item) => item.id === id)?.state;
    const onsiteAnswer = answer('onsiteOnlyTheme') ?? answer('onsiteOnly');
    if ((onsiteAnswer === 'yes') !== Boolean(onsite)) found.push(`${integration}: troubleshoot onsite-only=${onsiteAnswer}, Home onsite finding=${Boolean(onsite)}`);
    if ((answer('platformSwitch') === 'yes') !== Boolean(switched)) found.push(`${integration}: troubleshoot platform switch=${answer('platformSwitch')}, Home=${Boolean(switched)}`);
    const causes = troubleshoot.causes;
    const score = (id: string) => causes.find((c) => c.id === id)?.score ?? 0;
    const outage = outageOn(integration);
    // Integration-wide causes lead exactly when Home sees the whole integration drop.
    if ((score('integration-setup') >= 80) !== Boolean(outage)) found.push(`${integration}: troubleshoot integration-wide=${score('integration-setup') >= 80}, Home outage=${Boolean(outage)}`);
    const orderStatus = orderStatusOn(integration);
    const plugin = orderStatus?.details.kind === 'order-status' && orderStatus.details.plugin;
    if (causes.some((c) => c.id === 'plugin') !== Boolean(plugin)) found.push(`${integration}: troubleshoot plugin cause=${causes.some((c) => c.id === 'plugin')}, Home plugin=${Boolean(plugin)}`);
    if (causes.some((c) => c.id === 'order-statuses') !== Boolean(orderStatus && !plugin))
      found.push(`${integration}: troubleshoot order-statuses cause=${causes.some((c) => c.id === 'order-statuses')}, Home order-status=${Boolean(orderStatus && !plugin)}`);
  }
  return found;
}

describe('the wizards agree with Home', () => {
  it.each(worlds)('$name', async (world) => {
    const { accountId, call } = await synced(world);
    expect(await disagreements(accountId, call)).toEqual([]);
  }, 120_000);

  it('the crafted worlds show what they were made for', async () => {
    const broken = await synced(worlds[3]!);
    expect((await broken.call<Diagnosis[]>('diagnoses:list', { accountId: broken.accountId })).map((d) => d.kind)).toEqual(['onsite-tracking']);
    const healthy = await synced(worlds[2]!);
    expect(await healthy.call<Diagnosis[]>('diagnoses:list', { accountId: healthy.accountId })).toEqual([]);
  }, 120_000);
});
