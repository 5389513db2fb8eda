import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Result } from '../../../shared/domain/errors';
import { composeServices, type Services } from '../../../main/compose-services';
import { fakePorts } from '../../support/fake-ports';
import { manualClock } from '../../support/simulator-client';
import { tempDir } from '../../support/temp-dir';

/**
 * Detection as the operator meets it: the embedded demo store synced into a real SQLite cache,
 * then the contract's alert channels. The demo's scripted incidents (a theme without the onsite
 * snippets; a move from BigCommerce to Shopify with flows left on the old metrics) must come out
 * as alerts and diagnoses, announced once per episode.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function start(iso = '2026-11-23T12:10:00Z') {
  const clock = manualClock(iso);
  const ports = fakePorts({ clock });
  const dir = tempDir('alerts');
  const core = composeServices(ports, { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
  cleanups.push(async () => {
    await core.dispose();
    dir.remove();
  });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = (await core.dispatch(channel, input)) as Result<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { clock, ports, core, call };
}

/** The alerts announced as fired (`alerts:fired`, once per episode), in order. */
const firedAlerts = (ports: ReturnType<typeof fakePorts>) =>
  ports.events.emitted.filter((e) => e.event === 'alerts:fired').map((e) => (e.payload as { alert: Alert }).alert);

const summary = (alerts: Alert[]) => alerts.map((a) => `${a.metricName} (${a.integrationName}) ${a.state}`).sort();

async function sync(core: Services) {
  const result = await core.coordinator.sync('demo-outdoor');
  expect(result.outcome).toBe('success');
}

describe('alerts and diagnoses after a demo sync', () => {
  it('gives each alert one "now" and one "when it fired" figure, the ones its diagnosis and the charts agree with', async () => {
    const { core, call, clock } = start();
    await sync(core);
    const before = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    clock.advance(2 * 3_600_000);
    await sync(core);
    const active = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    const cart = active.find((a) => a.metricName === 'Added to Cart')!;
    const now = cart.figures.now!;
    // "When it fired" is frozen: two hours on, it has not moved; "now" has two more hours in it.
    expect(cart.figures.fired).toEqual(before.find((a) => a.id === cart.id)!.figures.fired);
    expect(cart.figures.fired.percentBelow).toBe(Math.round(cart.depth * 100));
    expect(Date.parse(now.through) - Date.parse(before.find((a) => a.id === cart.id)!.figures.now!.through)).toBe(2 * 3_600_000);

    // "Now" is the episode's span through the last judged hour: the cache's counts against the
    // detector's expected series, the values the chart draws.
    const range = { accountId: 'demo-outdoor', metricId: cart.metricId, interval: 'hour', from: cart.start, to: now.through };
    const observed = await call<{ start: string; count: number }[]>('metrics:series', range);
    const expected = await call<{ start: string; expected: number | null }[]>('metrics:expected', range);
    expect(now.observed).toBe(observed.reduce((total, p) => total + p.count, 0));
    const expectedSum = expected.reduce((total, p) => total + (p.expected ?? Number.NaN), 0);
    expect(now.expected).toBeCloseTo(expectedSum, 1);
    expect(now.percentBelow).toBe(Math.round((1 - now.observed / expectedSum) * 100));

    // The diagnosis card prints the alerts' own figures, not a figure of its own.
    const diagnoses = await call<Diagnosis[]>('diagnoses:list', { accountId: 'demo-outdoor' });
    const onsite = diagnoses.find((d) => d.kind === 'onsite-tracking')!;
    for (const drop of onsite.drops) {
      const alert = active.find((a) => a.id === drop.alertId)!;
      expect(drop.figures).toEqual(alert.figures);
    }
    expect(onsite.drops.map((d) => d.metricName).sort()).toEqual(['Added to Cart', 'Viewed Product']);
  });

  it('raises the scripted incidents with their causes, and announces each episode once', async () => {
    const { core, ports, call, clock } = start();
    await sync(core);

    const active = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    expect(summary(active)).toEqual([
      'Added to Cart (Shopify) active',
      'Marked Email as Spam (Klaviyo) active',
      'Placed Order (BigCommerce) active',
      'Placed Order (Shopify) active',
      'Started Checkout (BigCommerce) active',
      'Viewed Product (Shopify) active',
    ]);
    // The Shopify orders keep coming: what fell is their value (a discount applying to
    // everything), in dollars; the spam complaints rose above what the sends explain.
    const revenue = active.find((a) => a.metricName === 'Placed Order' && a.integrationName === 'Shopify')!;
    expect(revenue.kind).toBe('value-down');
    expect(revenue.figures).toMatchObject({ kind: 'value-down', currency: 'USD' });
    // Post-Purchase Thank You is triggered by these orders, and they still come: no flow starves.
    expect(revenue.affectedFlows).toEqual([]);
    expect(revenue.observed).toBeLessThan(0.7 * revenue.expected);
    // Its chart's band is in money: what the hours' orders should have brought, against what they did.
    const valueRange = { accountId: 'demo-outdoor', metricId: revenue.metricId, interval: 'hour', from: revenue.start, to: revenue.figures.now!.through };
    const valueBand = await call<{ start: string; expected: number | null }[]>('metrics:expected', { ...valueRange, measure: 'value' });
    const countBand = await call<{ start: string; expected: number | null }[]>('metrics:expected', valueRange);
    const valueRows = await call<{ start: string; count: number; sumValue: number }[]>('metrics:series', valueRange);
    expect(valueBand.every((point) => point.expected !== null)).toBe(true);
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(total(valueBand.map((p) => p.expected!))).toBeCloseTo(revenue.figures.now!.expected, 0);
    expect(total(valueRows.map((p) => p.sumValue))).toBeCloseTo(revenue.figures.now!.observed, 0);
    expect(total(valueBand.map((p) => p.expected!))).toBeGreaterThan(20 * total(countBand.map((p) => p.expected ?? 0)));
    const spam = active.find((a) => a.metricName === 'Marked Email as Spam')!;
    expect(spam.kind).toBe('rise-harmful');
    expect(spam.figures.fired.percentBelow).toBeLessThan(-100);
    expect(active.filter((a) => a.kind === 'count-down').map((a) => a.metricName).sort()).toEqual(['Added to Cart', 'Placed Order', 'Started Checkout', 'Viewed Product']);
    // The demo has no slow decline: its drops are sudden, and the centre lists no trend notice.
    const overview = await call<{ trends: unknown[] }>('alerts:overview', {});
    expect(overview.trends).toEqual([]);
    // Each is an incident of its own, told once, costed as what it is.
    const listed = await call<Incident[]>('incidents:list', { accountId: 'demo-outdoor' });
    const revenueIncident = listed.find((i) => i.members.some((m) => m.alertId === revenue.id))!;
    expect(revenueIncident).toMatchObject({ grouping: 'single', headlineKind: 'value-down', cost: { kind: 'value-down', currency: 'USD' } });
    expect(revenueIncident.members).toHaveLength(1);
    expect(revenueIncident.cost.missingRevenue!.estimate).toBeGreaterThan(0);
    const spamIncident = listed.find((i) => i.members.some((m) => m.alertId === spam.id))!;
    expect(spamIncident).toMatchObject({ grouping: 'single', headlineKind: 'rise-harmful', cost: { kind: 'rise-harmful', missingRevenue: null } });
    expect(spamIncident.cost.missingEvents.estimate).toBeGreaterThan(5);
    const cart = active.find((a) => a.metricName === 'Added to Cart')!;
    // The theme lost its snippets 30 hours before the demo's anchor (the clock's hour): the onset
    // is the incident's first hour, and about 70% of the activity is missing.
    expect(cart.start).toBe('2026-11-22T06:00:00.000Z');
    expect(cart.depth).toBeGreaterThan(0.55);
    expect(cart.depth).toBeLessThan(0.85);
    expect(cart.affectedFlows).toEqual([]);
    const viewed = active.find((a) => a.metricName === 'Viewed Product')!;
    expect(viewed.affectedFlows.map((f) => f.name)).toEqual(['Browse Abandonment']);

    // The chart's band: what the detector expected, hour by hour, against what came in.
    const range = { accountId: 'demo-outdoor', metricId: cart.metricId, interval: 'hour', from: '2026-11-22T12:00:00Z', to: '2026-11-23T12:00:00Z' };
    const expected = await call<{ start: string; expected: number | null }[]>('metrics:expected', range);
    const observed = await call<{ start: string; count: number }[]>('metrics:series', range);
    expect(expected).toHaveLength(24);
    expect(expected.every((p) => p.expected !== null && p.expected > 0)).toBe(true);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(observed.map((p) => p.count))).toBeLessThan(0.5 * sum(expected.map((p) => p.expected!)));
    // Days are local days; older than the detector's memory, the band is absent, not invented.
    const daily = await call<{ start: string; expected: number | null }[]>('metrics:expected', {
      ...range,
      interval: 'day',
      from: '2026-06-01T04:00:00Z',
      to: '2026-11-23T05:00:00Z',
    });
    expect(daily[0]).toEqual({ start: '2026-06-01T04:00:00.000Z', expected: null });
    expect(daily.at(-2)!.expected).toBeGreaterThan(0);

    const diagnoses = await call<Diagnosis[]>('diagnoses:list', { accountId: 'demo-outdoor' });
    const onsite = diagnoses.find((d) => d.kind === 'onsite-tracking')!;
    expect(onsite.metricNames.sort()).toEqual(['Added to Cart', 'Viewed Product']);
    expect(onsite.details).toMatchObject({ kind: 'onsite-tracking', platform: 'Shopify', themeSnippets: true });
    const switched = diagnoses.find((d) => d.kind === 'platform-switch')!;
    expect(switched.details).toMatchObject({ kind: 'platform-switch', legacyIntegration: 'BigCommerce', newIntegration: 'Shopify' });
    // The two BigCommerce flows still running (the archived one is left out), live first.
    expect(switched.flows.map((f) => `${f.name} ${f.status}`)).toEqual([
      'Order Confirmation (BigCommerce) live',
      'Repeat Customer Thank-You (BigCommerce) manual',
    ]);

    // Four drops, two causes: the theme lost the onsite snippets (Viewed Product, Added to Cart)
    // and the orders stopped (Placed Order, Started Checkout); beside them, the Shopify orders'
    // value and the spam complaints, each alone. One notification per incident, named after its
    // headline metric; each alert is still news to the screens.
    const incidents = await call<Incident[]>('incidents:list', { accountId: 'demo-outdoor' });
    const open = incidents.filter((incident) => incident.state === 'ongoing');
    expect(open.map((incident) => incident.members.map((member) => member.metricName).sort()).sort()).toEqual([
      ['Added to Cart', 'Viewed Product'],
      ['Marked Email as Spam'],
      ['Placed Order'],
      ['Placed Order', 'Started Checkout'],
    ]);
    expect(ports.notifier.fired.map((n) => `${n.headlineMetricName} ${n.kind}`).sort()).toEqual([
      'Added to Cart count-down',
      'Marked Email as Spam rise-harmful',
      'Placed Order count-down',
      'Placed Order value-down',
    ]);
    expect(ports.events.emitted.filter((e) => e.event === 'incidents:fired')).toHaveLength(4);
    expect(firedAlerts(ports).map((a) => a.metricName).sort()).toEqual(['Added to Cart', 'Marked Email as Spam', 'Placed Order', 'Placed Order', 'Started Checkout', 'Viewed Product']);
    // Episodes that began and ended while history was caught up are recorded, not announced.
    const all = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor' });
    expect(all.length).toBeGreaterThanOrEqual(active.length);

    // Two more syncs, an hour apart: the same episodes go on, nobody is told again.
    clock.advance(60 * 60_000);
    await sync(core);
    clock.advance(60 * 60_000);
    await sync(core);
    expect(firedAlerts(ports)).toHaveLength(6);
    expect(ports.notifier.fired).toHaveLength(4);
    expect(summary(await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] }))).toEqual(summary(active));
  });

  it('dismiss hides an alert for good within its episode; snooze returns its expiry and rejects other lengths', async () => {
    const { core, ports, call, clock } = start();
    await sync(core);
    const active = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    const cart = active.find((a) => a.metricName === 'Added to Cart')!;
    const viewed = active.find((a) => a.metricName === 'Viewed Product')!;

    const changes = () => ports.events.emitted.filter((e) => e.event === 'alerts:changed').length;
    const beforeDismiss = changes();
    const dismissed = await call<Alert>('alerts:dismiss', { alertId: cart.id });
    // Announced once, by the handler layer, for the alert's account.
    expect(changes()).toBe(beforeDismiss + 1);
    expect(ports.events.emitted.at(-1)).toEqual({ event: 'alerts:changed', payload: { accountId: 'demo-outdoor' } });
    expect(dismissed).toMatchObject({ state: 'dismissed', dismissedAt: '2026-11-23T12:10:00.000Z' });

    const refused = await core.dispatch('alerts:snooze', { alertId: viewed.id, days: 45 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const beforeSnooze = changes();
    const snoozed = await call<Alert>('alerts:snooze', { alertId: viewed.id, days: 30 });
    expect(changes()).toBe(beforeSnooze + 1);
    // Thirty calendar days in the store's zone (New York), the same local time of day.
    expect(snoozed).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-12-23T12:10:00.000Z' });

    clock.advance(60 * 60_000);
    await sync(core);
    const after = await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] });
    expect(after.map((a) => a.metricName).sort()).toEqual(['Marked Email as Spam', 'Placed Order', 'Placed Order', 'Started Checkout']);
    expect(firedAlerts(ports)).toHaveLength(6);
    expect(ports.notifier.fired).toHaveLength(4);

    const history = await call<{ alertId: string; to: string; reason: string; metricName: string }[]>('alerts:history', { accountId: 'demo-outdoor' });
    expect(history.filter((t) => t.alertId === cart.id).map((t) => t.reason)).toEqual(['dismissed', 'fired']);
    expect(history.filter((t) => t.alertId === viewed.id).map((t) => t.reason)).toEqual(['snoozed', 'fired']);
    // The evaluation after the sync announced its change. Dismiss and snooze announce nothing
    // themselves: telling the screens after a call that changed something is the bridge's job.
    expect(ports.events.emitted).toContainEqual({ event: 'alerts:changed', payload: { accountId: 'demo-outdoor' } });
  });

  it('when a snooze runs out on a drop still under way, the alert comes back and is announced again', async () => {
    const { core, ports, call, clock } = start();
    await sync(core);
    const viewed = (await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] })).find((a) => a.metricName === 'Viewed Product')!;
    await call<Alert>('alerts:snooze', { alertId: viewed.id, days: 30 });

    // 29 days on the drop is still there (the demo's theme was never fixed): still snoozed.
    clock.advance(29 * 24 * 3_600_000);
    await sync(core);
    expect((await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['snoozed'] })).map((a) => a.id)).toContain(viewed.id);
    const before = firedAlerts(ports).length;
    const toldBefore = ports.notifier.fired.length;

    clock.advance(2 * 24 * 3_600_000);
    await sync(core);
    const back = (await call<Alert[]>('alerts:list', { accountId: 'demo-outdoor', states: ['active'] })).find((a) => a.id === viewed.id);
    expect(back).toMatchObject({ state: 'active', snoozedUntil: null });
    expect(firedAlerts(ports).slice(before).map((a) => a.id)).toEqual([viewed.id]);
    // Told again once, for the incident that holds it (named after its headline).
    const holding = (await call<Incident[]>('incidents:list', { accountId: 'demo-outdoor' })).find((incident) =>
      incident.members.some((member) => member.alertId === viewed.id),
    )!;
    expect(ports.notifier.fired.slice(toldBefore).map((n) => n.incidentId)).toEqual([holding.id]);
    expect(holding.timeline.filter((event) => event.kind === 'notified')).toHaveLength(2);
  });

  it('refuses unknown alerts and malformed payloads with typed errors', async () => {
    const { core } = start();
    expect(await core.dispatch('alerts:dismiss', { alertId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.dispatch('alerts:dismiss', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('alerts:list', { states: ['gone'] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('diagnoses:list', { accountId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
