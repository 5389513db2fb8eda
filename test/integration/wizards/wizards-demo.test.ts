import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import type { Result } from '../../../shared/domain/errors';
import type { Flow } from '../../../shared/domain/flow';
import type { WizardSessionSummary, WizardView } from '../../../shared/domain/wizard';
import { composeServices, type CoreOptions } from '../../../main/compose-services';
import { fakePorts } from '../../support/fake-ports';
import { manualClock } from '../../support/simulator-client';
import { tempDir } from '../../support/temp-dir';

/**
 * The wizards through the contract, on the demo store synced into a real SQLite cache: what the
 * operator meets on the demo's scripted incidents, a restart in the middle of a wizard, and the
 * test order against the embedded store (its lag driven by the clock, never by waiting).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function start(dataDir: string, clock: ReturnType<typeof manualClock>, extra: Partial<CoreOptions> = {}) {
  const core = composeServices(fakePorts({ clock }), { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir, ...extra });
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await core.dispose();
  };
  cleanups.push(dispose);
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { core, call, dispose };
}

async function synced(extra: Partial<CoreOptions> = {}) {
  const dir = tempDir('wizards');
  cleanups.push(() => dir.remove());
  const clock = manualClock('2026-11-23T12:10:00Z');
  const app = start(dir.path, clock, extra);
  expect((await app.core.coordinator.sync('demo-outdoor')).outcome).toBe('success');
  return { ...app, dir, clock };
}

const itemsOf = (view: WizardView, stepId: string) => view.steps.find((s) => s.id === stepId)!.items;

describe('wizards on the demo store', () => {
  it('troubleshoots the onsite alert (theme snippets first), lists the legacy flows, judges two flows, and resumes after a restart', async () => {
    const { call, dispose, dir, clock } = await synced();

    const alerts = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    const cart = alerts.find((a) => a.metricName === 'Added to Cart')!;
    const drop = await call<WizardView>('wizards:start', { kind: 'troubleshoot', accountId: 'demo-outdoor', origin: { alertId: cart.id } });
    expect(drop.context).toMatchObject({ metric: 'Added to Cart', integration: 'Shopify' });
    expect(drop.causes[0]!.id).toBe('theme-snippets');
    // Troubleshooting the same alert again resumes the wizard already begun.
    const repeated = await call<WizardView>('wizards:start', { kind: 'troubleshoot', accountId: 'demo-outdoor', origin: { alertId: cart.id } });
    expect(repeated.session.id).toBe(drop.session.id);
    expect(itemsOf(drop, 'questions').find((i) => i.id === 'onsiteOnlyTheme')!.state).toBe('yes');

    const migration = await call<WizardView>('wizards:start', { kind: 'migration', accountId: 'demo-outdoor', origin: { diagnosisKind: 'platform-switch' } });
    expect(migration.context).toMatchObject({ legacy: 'BigCommerce', next: 'Shopify' });
    expect(itemsOf(migration, 'flows').filter((i) => i.id === 'legacyFlow').map((i) => `${i.params.name} (${i.params.status})`)).toEqual([
      'Order Confirmation (BigCommerce) (live)',
      'Repeat Customer Thank-You (BigCommerce) (manual)',
    ]);
    expect(itemsOf(migration, 'syncing')[0]!.state).toBe('yes');
    expect(itemsOf(migration, 'disable')[0]!.state).toBe('yes');

    const flows = await call<Flow[]>('flows:list', { accountId: 'demo-outdoor' });
    const verdict = async (name: string) => {
      const started = await call<WizardView>('wizards:start', { kind: 'transactional', accountId: 'demo-outdoor' });
      const chosen = await call<WizardView>('wizards:update', { sessionId: started.session.id, input: { flowId: flows.find((f) => f.name === name)!.id }, stepIndex: 1 });
      expect(chosen.session.stepIndex).toBe(1);
      return itemsOf(chosen, 'rules')[0]!.id;
    };
    expect(await verdict('Price Drop Alert')).toBe('verdict-not-eligible');
    expect(await verdict('Password Reset')).toBe('verdict-can-request');
    expect(await verdict('Abandoned Cart Reminder')).toBe('verdict-keep-marketing');

    // Mid-way through the migration: step 7, one item ticked. Then the app quits.
    await call('wizards:update', { sessionId: migration.session.id, tick: { key: 'history.migrated', done: true } });
    const atStep = await call<WizardView>('wizards:update', { sessionId: migration.session.id, stepIndex: 7 });
    expect(atStep.session.stepIndex).toBe(7);
    await dispose();

    const again = start(dir.path, clock);
    const listed = await again.call<WizardSessionSummary[]>('wizards:list', { accountId: 'demo-outdoor' });
    expect(listed.find((s) => s.id === migration.session.id)).toMatchObject({ kind: 'migration', stepIndex: 7, status: 'active' });
    const resumed = await again.call<WizardView>('wizards:get', { sessionId: migration.session.id });
    expect(resumed.session.stepIndex).toBe(7);
    expect(itemsOf(resumed, 'history').find((i) => i.id === 'migrated')!.state).toBe('done');
    expect(resumed.steps[7]!.items.map((i) => i.id)).toEqual(['welcomeFilter', 'filterAdded']);
  });

  it('finds the simulated test order once the demo store has synced it', async () => {
    const { call, clock } = await synced();
    const started = await call<WizardView>('wizards:start', { kind: 'test-order', accountId: 'demo-outdoor' });
    const id = started.session.id;
    await call('wizards:update', { sessionId: id, input: { platform: 'Shopify', email: 'tester@storepulse.example' } });
    const atCheck = await call<WizardView>('wizards:update', { sessionId: id, stepIndex: 4 });
    expect(atCheck.session.stepIndex).toBe(4);

    await call('wizards:simulateTestOrder', { sessionId: id });
    clock.advance(10_000);
    const early = await call<WizardView>('wizards:checkTestOrder', { sessionId: id });
    expect(early.session.testOrder).toMatchObject({ state: 'waiting', checks: 1, profileFound: false });

    clock.advance(60_000);
    const found = await call<WizardView>('wizards:checkTestOrder', { sessionId: id });
    expect(found.session.testOrder).toMatchObject({ state: 'found', checks: 2, profileFound: true, event: { value: 54 } });
    expect(itemsOf(found, 'check')[1]).toMatchObject({ id: 'found', state: 'yes', params: { amount: '54' } });
  });

  it('times out when the order never arrives, and hands the platform over to troubleshooting', async () => {
    const { call, clock } = await synced({ demoTestOrders: { neverDeliverTestOrders: true } });
    const started = await call<WizardView>('wizards:start', { kind: 'test-order', accountId: 'demo-outdoor' });
    const id = started.session.id;
    await call('wizards:update', { sessionId: id, input: { platform: 'Shopify', email: 'never@storepulse.example' } });
    await call('wizards:simulateTestOrder', { sessionId: id });
    expect((await call<WizardView>('wizards:checkTestOrder', { sessionId: id })).session.testOrder?.state).toBe('waiting');
    clock.advance(91 * 60_000);
    const late = await call<WizardView>('wizards:checkTestOrder', { sessionId: id });
    expect(late.session.testOrder).toMatchObject({ state: 'timed-out', event: null });

    const handover = await call<WizardView>('wizards:start', {
      kind: 'troubleshoot',
      accountId: 'demo-outdoor',
      origin: { integration: 'Shopify', testOrderOutcome: 'no-profile', email: 'never@storepulse.example' },
    });
    expect(handover.context.integration).toBe('Shopify');
    expect(itemsOf(handover, 'target').map((i) => i.id)).toEqual(['targetIntegration', 'testOrderNoProfile']);
    expect(handover.causes[0]!.id).toBe('integration-setup');
  });

  it('reconciles a day counted in UTC by the source: a timezone mismatch explains it', async () => {
    const { call } = await synced();
    const metrics = await call<{ id: string; name: string; integrationName: string | null }[]>('metrics:list', { accountId: 'demo-outdoor' });
    const placed = metrics.find((m) => m.name === 'Placed Order' && m.integrationName === 'Shopify')!;
    // What a source counting days in UTC reports for 20 November: the UTC day's hours.
    const hours = await call<{ count: number }[]>('metrics:series', { accountId: 'demo-outdoor', metricId: placed.id, interval: 'hour', from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' });
    expect(hours).toHaveLength(24);
    const utcCount = hours.reduce((sum, h) => sum + h.count, 0);
    const days = await call<{ start: string; count: number }[]>('metrics:series', { accountId: 'demo-outdoor', metricId: placed.id, interval: 'day', from: '2026-11-20T05:00:00Z', to: '2026-11-20T06:00:00Z' });
    expect(days[0]!.count).not.toBe(utcCount);

    const started = await call<WizardView>('wizards:start', { kind: 'reconcile', accountId: 'demo-outdoor' });
    const view = await call<WizardView>('wizards:update', { sessionId: started.session.id, input: { metricId: placed.id, day: '2026-11-20', sourceCount: utcCount }, stepIndex: 3 });
    expect(view.session.stepIndex).toBe(3);
    expect(itemsOf(view, 'compare')[1]).toMatchObject({ id: 'dayTimezone', params: { zone: 'UTC', source: String(utcCount), cached: String(days[0]!.count) } });
    expect(itemsOf(view, 'verdict')[0]).toMatchObject({ id: 'explained', params: { zone: 'UTC', accountZone: 'America/New_York' } });
  });

  it('cancels a check, and refuses to simulate an order without an email', async () => {
    const { call } = await synced();
    const started = await call<WizardView>('wizards:start', { kind: 'test-order', accountId: 'demo-outdoor' });
    await expect(call('wizards:simulateTestOrder', { sessionId: started.session.id })).rejects.toThrow(/bad-request/);
    await call('wizards:update', { sessionId: started.session.id, input: { platform: 'other', email: 'c@storepulse.example' } });
    await call('wizards:simulateTestOrder', { sessionId: started.session.id });
    const cancelled = await call<WizardView>('wizards:cancelTestOrder', { sessionId: started.session.id });
    expect(cancelled.session.testOrder?.state).toBe('cancelled');
  });
});
