import { describe, expect, it } from 'vitest';
import { createAlertQueries } from '../../../main/alerts/alert-queries';
import { createAlertViews } from '../../../main/alerts/alert-views';
import { advanceOwnedMonitor } from '../../../main/detection/monitor';
import { trendText } from '../../../renderer/features/notifications/trend-text';
import { translator } from '../renderer/home/translator';
import { recordingLogger } from '../../support/fake-ports';
import { slidingStoreHours } from '../../support/sliding-store';

/**
 * The weekly trend check in the app: a thin metric losing about a quarter of its volume a week
 * never trips the drop detector, and the notification centre lists it as a slow decline. A harmful
 * metric declining the same way is good news and is not listed.
 */
const H = 3600;
const start = Date.UTC(2026, 9, 5) / 1000;
const weeks = 8;
const end = start + weeks * 168 * H;

function queries() {
  const hours = slidingStoreHours({ start, weeks, base: 3, perWeek: 0.74, seed: 7 });
  const monitor = (metric: string) =>
    advanceOwnedMonitor(null, hours, { timezone: 'UTC', sensitivity: 'normal', minHourlyVolume: 0, watermark: end, now: end, metric, integration: 'Shopify', historyStart: start });
  const states = new Map([
    ['po', monitor('Placed Order')],
    ['ub', monitor('Unsubscribed')],
  ]);
  const metrics = [
    { id: 'po', name: 'Placed Order', integrationName: 'Shopify', gone: false },
    { id: 'ub', name: 'Unsubscribed', integrationName: 'Klaviyo', gone: false },
  ];
  const monitors = { get: (_account: string, metricId: string) => states.get(metricId)?.state ?? null, getKind: () => null };
  const views = createAlertViews({
    store: { catalogue: { listMetrics: () => [], listFlows: () => [] }, series: { read: () => [] }, state: { watermarks: () => [] } },
    diagnoses: { list: () => [] },
    monitors,
    timezoneOf: () => 'UTC',
    logger: recordingLogger(),
  });
  return {
    states,
    queries: createAlertQueries({
      alerts: { list: () => [], history: () => [] },
      monitors,
      accounts: { get: () => ({ timezone: 'UTC' }), list: () => [{ id: 'shop' }] },
      catalogue: { accountName: () => 'Trail Shop', metrics: () => metrics },
      views,
    }),
  };
}

describe('trend notices', () => {
  it('lists a slow decline the drop detector never alerted on, and not a harmful metric going down', () => {
    const { states, queries: q } = queries();
    expect(states.get('po')!.events).toEqual([]);
    const trends = q.trends();
    expect(trends).toHaveLength(1);
    expect(trends[0]).toMatchObject({ accountId: 'shop', accountName: 'Trail Shop', metricId: 'po', metricName: 'Placed Order', through: new Date(end * 1000).toISOString() });
    expect(trends[0]!.percentLower).toBeGreaterThanOrEqual(40);
    expect(trends[0]!.recentPerHour).toBeLessThan(trends[0]!.earlierPerHour);
  });

  it('words it as a quiet notice, in the reader\u2019s language', () => {
    const [notice] = queries().queries.trends();
    const en = trendText(notice!, translator('en'), 'en-US');
    expect(en).toMatch(/^Placed Order \(Shopify\) in Trail Shop: \d+% lower over the last 7 days than two weeks before \(about [\d.]+ an hour, down from [\d.]+\)\. Not a sudden drop, so no alert, but worth a look\.$/);
    const fr = trendText(notice!, translator('fr'), 'fr-FR').replace(/[\u202f\u00a0]/g, ' ');
    expect(fr).toMatch(/^Placed Order \(Shopify\) dans Trail Shop : \d+ % de moins sur les 7 derniers jours que deux semaines plus tôt \(environ [\d,]+ par heure, contre [\d,]+\)\./);
  });
});
