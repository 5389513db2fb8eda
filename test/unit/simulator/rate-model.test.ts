import { describe, expect, it } from 'vitest';
import { createHourlyGenerator } from '../../../main/simulator/generator';
import { createLocalHourLookup } from '../../../main/simulator/local-time';
import { expectedHourlyCount } from '../../../main/simulator/rate-model';
import { scenarioSchema, type ScenarioInput } from '../../../main/simulator/scenario-schema';
import { hourMs } from '../../../main/simulator/time';
import { buildWorld, type World } from '../../../main/simulator/world';

/**
 * Metrics that follow another (complaints after sends) and incidents that raise a count or cut the
 * value per event, on a small store: what the rate model expects and what the generator draws.
 */
const anchorMs = Date.parse('2026-07-15T14:00:00Z');
const shop = { name: 'Shopify', category: 'ecommerce' };
const mail = { name: 'Klaviyo', category: 'email' };
const daytime = [
  0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1, 1.4, 1.6, 1.6, 1.6,
  1.5, 1.5, 1.5, 1.4, 1.4, 1.4, 1.4, 1.3, 1.2, 1, 0.6, 0.3,
];

type Account = ScenarioInput['accounts'][number];

function store(extra: Partial<Account> = {}, metrics: Account['metrics'] = []): World {
  const scenario = scenarioSchema.parse({
    seed: 3,
    historyDays: 30,
    accounts: [
      {
        name: 'Mail',
        privateKey: 'pk_test_mail',
        publicKey: 'MaIl01',
        timezone: 'Europe/Paris',
        currency: 'EUR',
        metrics: [
          { key: 'orders', name: 'Placed Order', integration: shop, baseHourlyRate: 20, valuePerEvent: 50 },
          { key: 'sent', name: 'Received Email', integration: mail, baseHourlyRate: 400, dailyShape: daytime },
          { key: 'spam', name: 'Marked Email as Spam', integration: mail, baseHourlyRate: 0, follows: { metric: 'sent', share: 0.01 } },
          { key: 'unsubscribed', name: 'Unsubscribed', integration: mail, baseHourlyRate: 0, follows: { metric: 'sent', share: 0.01, delayHours: 4 } },
          ...metrics,
        ],
        ...extra,
      },
    ],
  });
  return buildWorld(scenario, anchorMs);
}

/** Expected counts of a metric over the `hours` hours before `endMs`. */
function expected(world: World, key: string, endMs: number, hours: number): number[] {
  const account = world.accounts[0]!;
  const metric = account.metrics.find((candidate) => candidate.key === key)!;
  const localHour = createLocalHourLookup(account.timezone);
  return Array.from({ length: hours }, (_, i) => expectedHourlyCount(world, account, metric, endMs - (hours - i) * hourMs, localHour));
}

/** Drawn hours of a metric over the `hours` hours before `endMs`, every one complete. */
function drawn(world: World, key: string, endMs: number, hours: number) {
  const account = world.accounts[0]!;
  const hourActivity = createHourlyGenerator(world, account, account.metrics.find((candidate) => candidate.key === key)!);
  return Array.from({ length: hours }, (_, i) => hourActivity(endMs / hourMs - hours + i, anchorMs));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const campaign = { label: 'campaign', metrics: ['sent'], start: { daysAgo: 2 }, multiplier: 5 };

describe('a metric that follows another', () => {
  it('expects its share of the followed metric’s expected count, hour by hour, the followed metric’s peaks included', () => {
    const world = store({ peaks: [campaign] });
    const sent = expected(world, 'sent', anchorMs, 96);
    expect(Math.max(...sent) / Math.min(...sent)).toBeGreaterThan(20);
    expected(world, 'spam', anchorMs, 96).forEach((spam, i) => expect(spam).toBeCloseTo(0.01 * sent[i]!, 9));
  });

  it('counts a peak naming both metrics once, and one naming only the follower on the follower alone', () => {
    const everyMetric = store({ peaks: [{ start: { daysAgo: 1 }, multiplier: 3 }] });
    const sent = expected(everyMetric, 'sent', anchorMs, 48);
    expected(everyMetric, 'spam', anchorMs, 48).forEach((spam, i) => expect(spam).toBeCloseTo(0.01 * sent[i]!, 9));

    const plain = expected(store(), 'sent', anchorMs, 48);
    const followerOnly = store({ peaks: [{ metrics: ['spam'], start: { daysAgo: 3 }, days: 4, multiplier: 2 }] });
    expect(expected(followerOnly, 'sent', anchorMs, 48)).toEqual(plain);
    expected(followerOnly, 'spam', anchorMs, 48).forEach((spam, i) => expect(spam).toBeCloseTo(0.02 * plain[i]!, 9));
  });

  it('adds its share to its own base rate', () => {
    const world = store({}, [{ key: 'bounced', name: 'Bounced Email', integration: mail, baseHourlyRate: 1, follows: { metric: 'sent', share: 0.005 } }]);
    const sent = expected(world, 'sent', anchorMs, 24);
    expected(world, 'bounced', anchorMs, 24).forEach((bounced, i) => expect(bounced).toBeCloseTo(1 + 0.005 * sent[i]!, 9));
  });

  it('with delayHours, spreads the responses over the hours after the sends: the same total, later', () => {
    const world = store({ peaks: [campaign] });
    const sent = expected(world, 'sent', anchorMs, 24 * 6);
    const late = expected(world, 'unsubscribed', anchorMs, 24 * 6);
    expect(sum(late) / (0.01 * sum(sent))).toBeCloseTo(1, 2);
    // Behind the sends on the campaign day, ahead of them in the first hours after it.
    const start = sent.findIndex((_, i) => i > 0 && sent[i]! > 3 * sent[i - 1]!);
    const share = (from: number, to: number) => sum(late.slice(from, to)) / (0.01 * sum(sent.slice(from, to)));
    expect(share(start, start + 24)).toBeLessThan(0.97);
    expect(share(start + 24, start + 30)).toBeGreaterThan(2);
  });

  it('expects nothing of the followed metric outside its life, nor before its own start', () => {
    const world = store({}, [
      { key: 'old-sent', name: 'Received Email', integration: shop, baseHourlyRate: 100, stopDaysAgo: 2 },
      { key: 'old-spam', name: 'Marked Email as Spam', integration: shop, baseHourlyRate: 0, startDaysAgo: 4, follows: { metric: 'old-sent', share: 0.01 } },
    ]);
    const spam = expected(world, 'old-spam', anchorMs, 24 * 6);
    expect(sum(spam.slice(0, 24))).toBe(0);
    expect(sum(spam.slice(48, 72))).toBeGreaterThan(0);
    expect(sum(spam.slice(24 * 4))).toBe(0);
  });
});

describe('incidents on counts and values', () => {
  const listImport = { label: 'bad list import', metrics: ['spam'], startHoursAgo: 12, countMultiplier: 8 };

  it('multiplies the expected count by countMultiplier while it lasts, the followed metric unchanged', () => {
    const plain = store();
    const world = store({ incidents: [listImport] });
    expect(expected(world, 'sent', anchorMs, 36)).toEqual(expected(plain, 'sent', anchorMs, 36));
    const before = expected(plain, 'spam', anchorMs, 36);
    expected(world, 'spam', anchorMs, 36).forEach((spam, i) => expect(spam).toBeCloseTo((i < 24 ? 1 : 8) * before[i]!, 9));
    const last12 = (w: World) => sum(drawn(w, 'spam', anchorMs, 12).map((hour) => hour.count));
    expect(last12(world) / last12(plain)).toBeGreaterThan(5);
    expect(last12(world) / last12(plain)).toBeLessThan(12);
  });

  it('cuts sum_value by valueFraction while it lasts, hour by hour, and leaves count and unique alone', () => {
    const plain = drawn(store(), 'orders', anchorMs, 48);
    const discounted = drawn(store({ incidents: [{ label: 'broken code', metrics: ['orders'], startHoursAgo: 10, durationHours: 6, valueFraction: 0.5 }] }), 'orders', anchorMs, 48);
    expect(discounted.map(({ count, unique }) => ({ count, unique }))).toEqual(plain.map(({ count, unique }) => ({ count, unique })));
    discounted.forEach((hour, i) => {
      const inside = i >= 38 && i < 44;
      expect(hour.sumValue).toBeCloseTo(inside ? plain[i]!.sumValue / 2 : plain[i]!.sumValue, inside ? 1 : 9);
    });
    expect(sum(plain.slice(38, 44).map((hour) => hour.sumValue))).toBeGreaterThan(0);
  });

  it('leaves every other metric’s hours as they were', () => {
    const plain = store();
    const busy = store({ incidents: [listImport, { metrics: ['orders'], startHoursAgo: 5, valueFraction: 0.2 }], peaks: [campaign] });
    expect(drawn(busy, 'sent', anchorMs - 3 * 24 * hourMs, 72)).toEqual(drawn(plain, 'sent', anchorMs - 3 * 24 * hourMs, 72));
    expect(drawn(busy, 'orders', anchorMs - 5 * hourMs, 72)).toEqual(drawn(plain, 'orders', anchorMs - 5 * hourMs, 72));
  });
});
