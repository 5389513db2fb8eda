import { describe, expect, it } from 'vitest';
import { createMainText } from '../../../main/alerts/main-text';
import { createCoalescingNotifier, type NotificationRequest } from '../../../main/desktop/notification-queue';
import { createNotificationPause, notificationsAllowed } from '../../../main/desktop/notification-gate';
import type { AlertNotice } from '../../../main/ports';
import { manualTime } from '../../support/manual-timers';

const notice = (alertId: string, metricName: string, accountId = 'demo-outdoor', accountName = 'Demo Outdoor Co.'): AlertNotice => ({
  alertId,
  accountId,
  accountName,
  metricName,
  integrationName: null,
  figures: { now: null, fired: { observed: 20, expected: 100, percentBelow: 80, through: '2026-11-22T12:00:00.000Z' } },
  start: '2026-11-22T11:00:00.000Z',
});

function setup(allowed = () => true, language: 'en' | 'fr' = 'en') {
  const time = manualTime('2026-11-23T10:00:00Z');
  const shown: NotificationRequest[] = [];
  const notifier = createCoalescingNotifier({ timers: time, allowed, language: () => language, text: createMainText(), show: (request) => shown.push(request) });
  return { time, shown, notifier };
}

describe('coalescing notifications', () => {
  it('shows one alert alone, a minute after it fired, leading to that alert', () => {
    const { time, shown, notifier } = setup();
    notifier.alertFired(notice('a1', 'Placed Order'));
    time.advance(59_999);
    expect(shown).toEqual([]);
    time.advance(1);
    expect(shown).toEqual([{ title: 'Placed Order has dropped', body: expect.stringContaining('Demo Outdoor Co.: now 80% below expected'), target: { route: 'home', focusId: 'a1' } }]);
  });

  it('gathers the alerts of one account fired within a minute into one summary', () => {
    const { time, shown, notifier } = setup();
    notifier.alertFired(notice('a1', 'Placed Order'));
    time.advance(20_000);
    notifier.alertFired(notice('a2', 'Started Checkout'));
    time.advance(30_000);
    notifier.alertFired(notice('a3', 'Added to Cart'));
    time.advance(10_000);
    expect(shown).toEqual([
      {
        title: '3 metrics dropped in Demo Outdoor Co.',
        body: 'Placed Order, Started Checkout, and Added to Cart. Open Storepulse to see the affected flows.',
        target: { route: 'home' },
      },
    ]);
  });

  it('keeps accounts apart and starts a new window after delivering', () => {
    const { time, shown, notifier } = setup(() => true, 'fr');
    notifier.alertFired(notice('a1', 'Placed Order'));
    notifier.alertFired(notice('b1', 'Placed Order', 'demo-charity', 'Demo Charity'));
    notifier.alertFired(notice('b2', 'Viewed Product', 'demo-charity', 'Demo Charity'));
    time.advance(60_000);
    expect(shown.map((request) => request.title)).toEqual(['Placed Order est en chute', '2 métriques en chute dans Demo Charity']);
    notifier.alertFired(notice('a2', 'Added to Cart'));
    time.advance(60_000);
    expect(shown).toHaveLength(3);
    expect(notifier.pending()).toBe(0);
  });

  it('drops alerts fired while notifications are not allowed, and holds none back for later', () => {
    let allowed = false;
    const { time, shown, notifier } = setup(() => allowed);
    notifier.alertFired(notice('a1', 'Placed Order'));
    expect(notifier.pending()).toBe(0);
    allowed = true;
    time.advance(60_000);
    expect(shown).toEqual([]);
  });

  it('asks again at delivery: quiet hours or a pause starting within the minute win', () => {
    let allowed = true;
    const { time, shown, notifier } = setup(() => allowed);
    notifier.alertFired(notice('a1', 'Placed Order'));
    allowed = false;
    time.advance(60_000);
    expect(shown).toEqual([]);
  });

  it('forgets what waits when disposed', () => {
    const { time, shown, notifier } = setup();
    notifier.alertFired(notice('a1', 'Placed Order'));
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
