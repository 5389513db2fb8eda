import { describe, expect, it } from 'vitest';
import { createMainText } from '../../../main/alerts/main-text';
import { incidentNotice } from '../../../main/alerts/incident-notice';
import { createCoalescingNotifier, type NotificationRequest } from '../../../main/desktop/notification-queue';
import { createNotificationPause, notificationsAllowed } from '../../../main/desktop/notification-gate';
import type { IncidentNotice } from '../../../main/ports';
import { manualTime } from '../../support/manual-timers';
import { incident, member, resolvedIncident } from '../../support/incident-for-notices';

/** An incident of one account headed by `metrics[0]`, as the backend tells it. */
const fired = (id: string, metrics: string[], accountId = 'demo-outdoor', accountName = 'Demo Outdoor Co.'): IncidentNotice =>
  incidentNotice(incident({ id, accountId, accountName, members: metrics.map((name) => member(name, { integrationName: null })) }));
const resolved = (id: string, metrics: string[], accountId = 'demo-outdoor', accountName = 'Demo Outdoor Co.'): IncidentNotice =>
  incidentNotice(resolvedIncident({ id, accountId, accountName, members: metrics.map((name) => member(name, { integrationName: null })) }));

function setup(allowed = () => true, language: 'en' | 'fr' = 'en') {
  const time = manualTime('2026-11-23T10:00:00Z');
  const shown: NotificationRequest[] = [];
  const notifier = createCoalescingNotifier({ timers: time, allowed, language: () => language, text: createMainText(), show: (request) => shown.push(request) });
  return { time, shown, notifier };
}

describe('coalescing notifications', () => {
  it('shows one incident alone, a minute after it fired, leading to its page', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentFired(fired('i1', ['Placed Order', 'Started Checkout']));
    time.advance(59_999);
    expect(shown).toEqual([]);
    time.advance(1);
    expect(shown).toEqual([
      {
        title: 'Placed Order and 1 more metric are down',
        body: expect.stringMatching(/^Demo Outdoor Co\.: now 70% below expected, since .*\. Also down: Started Checkout\.$/),
        target: { route: 'incident', focusId: 'i1' },
      },
    ]);
  });

  it('shows a recovery alone, leading to the incident page', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentResolved(resolved('i1', ['Placed Order']));
    time.advance(60_000);
    expect(shown).toEqual([
      {
        title: 'Placed Order is back to normal',
        body: 'Demo Outdoor Co.: down 3 hr 20 min, about 41 orders (€2,300) missed.',
        target: { route: 'incident', focusId: 'i1' },
      },
    ]);
  });

  it('gathers the incidents of one account fired within a minute into one summary of their metrics', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentFired(fired('i1', ['Placed Order', 'Started Checkout']));
    time.advance(20_000);
    notifier.incidentFired(fired('i2', ['Viewed Product', 'Added to Cart']));
    time.advance(40_000);
    expect(shown).toEqual([
      {
        title: '4 metrics dropped in Demo Outdoor Co.',
        body: 'Placed Order, Started Checkout, Viewed Product, and Added to Cart. Open Storepulse to see the affected flows.',
        target: { route: 'home' },
      },
    ]);
  });

  it('gathers recoveries of one account apart from what fired', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentResolved(resolved('i1', ['Placed Order']));
    notifier.incidentFired(fired('i3', ['Viewed Product']));
    notifier.incidentResolved(resolved('i2', ['Added to Cart']));
    time.advance(60_000);
    expect(shown.map(({ title, target }) => ({ title, target }))).toEqual([
      { title: '2 metrics back to normal in Demo Outdoor Co.', target: { route: 'home' } },
      { title: 'Viewed Product is down', target: { route: 'incident', focusId: 'i3' } },
    ]);
    expect(shown[0]?.body).toBe('Placed Order and Added to Cart. Open Storepulse to see what the drops cost.');
  });

  it('keeps accounts apart and starts a new window after delivering', () => {
    const { time, shown, notifier } = setup(() => true, 'fr');
    notifier.incidentFired(fired('a1', ['Placed Order']));
    notifier.incidentFired(fired('b1', ['Placed Order'], 'demo-charity', 'Demo Charity'));
    notifier.incidentFired(fired('b2', ['Viewed Product'], 'demo-charity', 'Demo Charity'));
    time.advance(60_000);
    expect(shown.map((request) => request.title)).toEqual(['Placed Order est en chute', '2 métriques en chute dans Demo Charity']);
    notifier.incidentFired(fired('a2', ['Added to Cart']));
    time.advance(60_000);
    expect(shown).toHaveLength(3);
    expect(notifier.pending()).toBe(0);
  });

  it('tells an incident told twice within the minute once, with the latest words', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentFired(fired('i1', ['Placed Order']));
    notifier.incidentFired(fired('i1', ['Placed Order', 'Started Checkout']));
    expect(notifier.pending()).toBe(1);
    time.advance(60_000);
    expect(shown.map((request) => request.title)).toEqual(['Placed Order and 1 more metric are down']);
  });

  it('shows nothing of an incident that fired and resolved within the same minute', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentFired(fired('i1', ['Placed Order']));
    notifier.incidentFired(fired('i2', ['Viewed Product']));
    notifier.incidentResolved(resolved('i1', ['Placed Order']));
    time.advance(60_000);
    expect(shown.map((request) => request.target)).toEqual([{ route: 'incident', focusId: 'i2' }]);
  });

  it('drops notices told while notifications are not allowed, and holds none back for later', () => {
    let allowed = false;
    const { time, shown, notifier } = setup(() => allowed);
    notifier.incidentFired(fired('i1', ['Placed Order']));
    notifier.incidentResolved(resolved('i2', ['Viewed Product']));
    expect(notifier.pending()).toBe(0);
    allowed = true;
    time.advance(60_000);
    expect(shown).toEqual([]);
  });

  it('asks again at delivery: quiet hours or a pause starting within the minute win', () => {
    let allowed = true;
    const { time, shown, notifier } = setup(() => allowed);
    notifier.incidentFired(fired('i1', ['Placed Order']));
    notifier.incidentResolved(resolved('i2', ['Viewed Product']));
    allowed = false;
    time.advance(60_000);
    expect(shown).toEqual([]);
  });

  it('forgets what waits when disposed', () => {
    const { time, shown, notifier } = setup();
    notifier.incidentFired(fired('i1', ['Placed Order']));
    notifier.dispose();
    time.advance(60_000);
    expect(shown).toEqual([]);
    expect(time.pending()).toBe(0);
  });
});

describe('when notifications are allowed', () => {
  const on = { notificationsEnabled: true, quietHours: { enabled: false, start: '22:00', end: '07:00' } };
  const now = new Date(2026, 10, 23, 23, 30);

  it.each([
    ['on, no quiet hours, no pause', on, null, true],
    ['turned off', { ...on, notificationsEnabled: false }, null, false],
    ['inside quiet hours (local 23:30 within 22:00-07:00)', { ...on, quietHours: { enabled: true, start: '22:00', end: '07:00' } }, null, false],
    ['outside quiet hours', { ...on, quietHours: { enabled: true, start: '08:00', end: '18:00' } }, null, true],
    ['paused for another minute', on, new Date(now.getTime() + 60_000), false],
    ['after the pause ended', on, new Date(now.getTime() - 1), true],
  ] as const)('%s', (_name, settings, pausedUntil, expected) => {
    expect(notificationsAllowed(settings, now, pausedUntil)).toBe(expected);
  });

  it('a pause ends by itself after its hour', () => {
    const time = manualTime('2026-11-23T10:00:00Z');
    const pause = createNotificationPause(time);
    pause.pauseFor(3_600_000);
    expect(pause.pausedUntil()?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    time.advance(3_600_000);
    expect(pause.pausedUntil()).toBeNull();
  });
});
