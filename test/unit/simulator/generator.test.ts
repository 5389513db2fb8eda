import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { aggregateMetric } from '../../../main/simulator/aggregate';
import { bucketBoundaries, type AggregateInterval } from '../../../main/simulator/buckets';
import { defaultScenario } from '../../../main/simulator/default-scenario';
import { createHourlyGenerator } from '../../../main/simulator/generator';
import { hourMs } from '../../../main/simulator/time';
import { buildWorld, type World } from '../../../main/simulator/world';

const anchorMs = Date.parse('2026-07-15T14:00:00Z');

function metricOf(world: World, key: string) {
  for (const account of world.accounts) {
    const metric = account.metrics.find((candidate) => candidate.key === key);
    if (metric) return { account, metric };
  }
  throw new Error(`no metric ${key}`);
}

/** Events of a metric over [fromMs, toMs), hour by hour, as seen at `nowMs`. */
function hourlyCounts(world: World, key: string, fromMs: number, toMs: number, nowMs = world.anchorMs): number[] {
  const { account, metric } = metricOf(world, key);
  const hourActivity = createHourlyGenerator(world, account, metric);
  const counts: number[] = [];
  for (let hour = fromMs / hourMs; hour < toMs / hourMs; hour += 1) counts.push(hourActivity(hour, nowMs).count);
  return counts;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function aggregate(world: World, key: string, interval: AggregateInterval, zone: string, startMs: number, endMs: number, nowMs = world.anchorMs) {
  const { account, metric } = metricOf(world, key);
  const boundaries = bucketBoundaries(interval, zone, startMs, endMs, 100_000);
  if (!boundaries) throw new Error('too many buckets');
  return { boundaries, ...aggregateMetric(world, account, metric, boundaries, { startMs, endMs }, nowMs, []) };
}

describe('generator', () => {
  const world = buildWorld(defaultScenario(), anchorMs);
  const weekMs = 7 * 24 * hourMs;

  it('gives identical data for the same seed and anchor, and other data for another seed', () => {
    const again = buildWorld(defaultScenario(), anchorMs);
    const reseeded = buildWorld({ ...defaultScenario(), seed: 7 }, anchorMs);
    for (const key of ['shopify-placed-order', 'shopify-viewed-product', 'bigcommerce-placed-order', 'api-password-reset']) {
      const from = anchorMs - 30 * 24 * hourMs;
      expect(hourlyCounts(again, key, from, anchorMs)).toEqual(hourlyCounts(world, key, from, anchorMs));
      expect(hourlyCounts(reseeded, key, from, anchorMs)).not.toEqual(hourlyCounts(world, key, from, anchorMs));
    }
    expect(again.accounts.map((account) => account.metrics.map((metric) => metric.id))).toEqual(
      world.accounts.map((account) => account.metrics.map((metric) => metric.id)),
    );
  });

  it('keeps past hours unchanged as the clock advances, and has no future hours', () => {
    const from = anchorMs - 48 * hourMs;
    expect(hourlyCounts(world, 'shopify-placed-order', from, anchorMs, anchorMs + 5 * hourMs)).toEqual(hourlyCounts(world, 'shopify-placed-order', from, anchorMs));
    expect(sum(hourlyCounts(world, 'shopify-viewed-product', anchorMs + hourMs, anchorMs + 48 * hourMs, anchorMs))).toBe(0);
  });

  it('shows the hour in progress growing monotonically up to the full hour', () => {
    const hourStart = anchorMs + 3 * hourMs;
    const seen = [0, 6, 12, 24, 36, 48, 59].map((minute) => hourlyCounts(world, 'shopify-viewed-product', hourStart, hourStart + hourMs, hourStart + minute * 60_000)[0] ?? 0);
    const full = hourlyCounts(world, 'shopify-viewed-product', hourStart, hourStart + hourMs, hourStart + hourMs)[0] ?? 0;
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBeLessThan(full);
    expect(seen.at(-1)).toBeLessThanOrEqual(full);
    expect(full).toBeGreaterThan(0);
  });

  it('is busier in the store’s daytime than at night', () => {
    const { account } = metricOf(world, 'shopify-placed-order');
    const from = anchorMs - 18 * 24 * hourMs;
    const to = anchorMs - 11 * 24 * hourMs; // a clean week: after the switch, before the outage
    const counts = hourlyCounts(world, 'shopify-placed-order', from, to);
    const byLocalHour = (hours: number[]) =>
      sum(counts.filter((_, i) => hours.includes(DateTime.fromMillis(from + i * hourMs, { zone: account.timezone }).hour)));
    expect(byLocalHour([12, 13, 19, 20])).toBeGreaterThan(4 * byLocalHour([2, 3, 4, 5]));
  });

  it('shows the ongoing theme incident: Added to Cart over the last 24 h is about 30% of the same hours a week earlier', () => {
    const lastDay = sum(hourlyCounts(world, 'shopify-added-to-cart', anchorMs - 24 * hourMs, anchorMs));
    const weekEarlier = sum(hourlyCounts(world, 'shopify-added-to-cart', anchorMs - weekMs - 24 * hourMs, anchorMs - weekMs));
    expect(lastDay / weekEarlier).toBeGreaterThan(0.25);
    expect(lastDay / weekEarlier).toBeLessThan(0.35);
    // Orders are not affected: the drop is onsite tracking only.
    const orders = sum(hourlyCounts(world, 'shopify-placed-order', anchorMs - 24 * hourMs, anchorMs));
    const ordersWeekEarlier = sum(hourlyCounts(world, 'shopify-placed-order', anchorMs - weekMs - 24 * hourMs, anchorMs - weekMs));
    expect(orders / ordersWeekEarlier).toBeGreaterThan(0.8);
  });

  it('shows the ongoing discount incident: Placed Order’s value per order over the last 14 h about half the week before’s, its count unchanged', () => {
    const perOrder = (from: number, to: number) => {
      const result = aggregate(world, 'shopify-placed-order', 'hour', 'UTC', from, to);
      return { count: sum(result.count), value: sum(result.sumValue) / sum(result.count) };
    };
    const recent = perOrder(anchorMs - 14 * hourMs, anchorMs);
    const weekEarlier = perOrder(anchorMs - weekMs - 14 * hourMs, anchorMs - weekMs);
    expect(recent.value / weekEarlier.value).toBeGreaterThan(0.45);
    expect(recent.value / weekEarlier.value).toBeLessThan(0.55);
    expect(recent.count / weekEarlier.count).toBeGreaterThan(0.8);
    // Ordered Product's value is the line's price before the order's discount.
    const lines = aggregate(world, 'shopify-ordered-product', 'hour', 'UTC', anchorMs - 14 * hourMs, anchorMs);
    expect(sum(lines.sumValue) / sum(lines.count)).toBeGreaterThan(48 * 0.9);
  });

  it('sends campaign days at several times the usual Received Email, with bounces and unsubscribes following at their share', () => {
    const { account } = metricOf(world, 'klaviyo-received-email');
    const days = (fromDaysAgo: number, toDaysAgo: number) => {
      const midnight = DateTime.fromMillis(anchorMs, { zone: account.timezone }).startOf('day');
      return [midnight.minus({ days: fromDaysAgo }).toMillis(), midnight.minus({ days: toDaysAgo }).toMillis()] as const;
    };
    const total = (key: string, fromDaysAgo: number, toDaysAgo: number) => sum(hourlyCounts(world, key, ...days(fromDaysAgo, toDaysAgo)));
    // The campaign 11 days ago against the days either side (every campaign falls on the same weekday).
    const campaign = total('klaviyo-received-email', 11, 10);
    const around = (total('klaviyo-received-email', 12, 11) + total('klaviyo-received-email', 10, 9)) / 2;
    expect(campaign / around).toBeGreaterThan(4.5);
    expect(campaign / around).toBeLessThan(7.5);
    expect(total('klaviyo-bounced-email', 11, 10) / total('klaviyo-bounced-email', 12, 11)).toBeGreaterThan(3);
    // Responses come in over the following hours: over the campaign and the days around it, each is its share of the sends.
    const sends = total('klaviyo-received-email', 12, 8);
    expect(total('klaviyo-bounced-email', 12, 8) / sends / 0.008).toBeGreaterThan(0.85);
    expect(total('klaviyo-bounced-email', 12, 8) / sends / 0.008).toBeLessThan(1.15);
    expect(total('klaviyo-unsubscribed', 12, 8) / sends / 0.002).toBeGreaterThan(0.7);
    expect(total('klaviyo-unsubscribed', 12, 8) / sends / 0.002).toBeLessThan(1.3);
  });

  it('shows the ongoing bad list import: spam complaints over the last 18 h about eight times their share of the sends, the sends unchanged', () => {
    const window = (key: string, endMs: number) => sum(hourlyCounts(world, key, endMs - 18 * hourMs, endMs));
    const sends = window('klaviyo-received-email', anchorMs);
    expect(sends / window('klaviyo-received-email', anchorMs - weekMs)).toBeGreaterThan(0.8);
    expect(sends / window('klaviyo-received-email', anchorMs - weekMs)).toBeLessThan(1.25);
    const complaintsPerShare = window('klaviyo-marked-email-as-spam', anchorMs) / sends / 0.001;
    expect(complaintsPerShare).toBeGreaterThan(4);
    expect(complaintsPerShare).toBeLessThan(13);
  });

  it('shows the recovered 9-hour outage of every Shopify metric 10 days ago', () => {
    const start = anchorMs - 240 * hourMs;
    for (const key of ['shopify-placed-order', 'shopify-viewed-product', 'shopify-active-on-site', 'shopify-added-to-cart']) {
      expect(sum(hourlyCounts(world, key, start, start + 9 * hourMs))).toBe(0);
      expect(sum(hourlyCounts(world, key, start + 9 * hourMs, start + 33 * hourMs))).toBeGreaterThan(0);
    }
    expect(sum(hourlyCounts(world, 'api-password-reset', start, start + 9 * hourMs))).toBeGreaterThan(0);
  });

  it('hands over from BigCommerce to Shopify 20 days ago', () => {
    const switchMs = anchorMs - 20 * 24 * hourMs;
    expect(sum(hourlyCounts(world, 'bigcommerce-placed-order', switchMs, anchorMs))).toBe(0);
    expect(sum(hourlyCounts(world, 'shopify-placed-order', switchMs - 30 * 24 * hourMs, switchMs))).toBe(0);
    expect(sum(hourlyCounts(world, 'bigcommerce-placed-order', switchMs - 7 * 24 * hourMs, switchMs))).toBeGreaterThan(500);
    expect(sum(hourlyCounts(world, 'shopify-placed-order', switchMs, switchMs + 7 * 24 * hourMs))).toBeGreaterThan(500);
  });

  it('keeps unique at or under count and sum_value near count × value', () => {
    // Up to the discount incident of the last 14 hours.
    const to = anchorMs - 14 * hourMs;
    const from = to - 7 * 24 * hourMs;
    const result = aggregate(world, 'shopify-placed-order', 'day', 'UTC', from, to);
    result.count.forEach((count, i) => {
      expect(result.unique[i]).toBeLessThanOrEqual(count);
      expect(result.sumValue[i]).toBeGreaterThan(count * 86 * 0.7);
      expect(result.sumValue[i]).toBeLessThan(count * 86 * 1.3);
    });
  });
});

describe('buckets around DST', () => {
  const localDay = (date: string, zone: string) => {
    const start = DateTime.fromISO(date, { zone });
    return [start.toMillis(), start.plus({ days: 1 }).toMillis()] as const;
  };

  it.each([
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['America/New_York', '2026-07-15', 24],
  ])('%s %s has %i hourly buckets and one daily bucket of that many hours', (zone, date, hours) => {
    const [start, end] = localDay(date, zone);
    const hourly = bucketBoundaries('hour', zone, start, end, 1000) ?? [];
    expect(hourly).toHaveLength(hours + 1);
    const daily = bucketBoundaries('day', zone, start, end, 1000) ?? [];
    expect(daily).toEqual([start, end]);
    expect((end - start) / hourMs).toBe(hours);
  });

  it('keeps days at local midnight after a day whose clocks jump at midnight (Santiago, 6 September 2026)', () => {
    const zone = 'America/Santiago';
    const start = Date.parse('2026-09-05T04:00:00Z');
    const daily = bucketBoundaries('day', zone, start, Date.parse('2026-09-09T03:00:00Z'), 1000) ?? [];
    expect(daily.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-09-05T04:00:00.000Z',
      '2026-09-06T04:00:00.000Z',
      '2026-09-07T03:00:00.000Z',
      '2026-09-08T03:00:00.000Z',
      '2026-09-09T03:00:00.000Z',
    ]);
  });

  it('starts weeks on Monday and months on the 1st, at local midnight', () => {
    const zone = 'America/New_York';
    const start = DateTime.fromISO('2026-03-04T10:00', { zone }).toMillis();
    const end = DateTime.fromISO('2026-04-20T00:00', { zone }).toMillis();
    const weeks = (bucketBoundaries('week', zone, start, end, 100) ?? []).map((ms) => DateTime.fromMillis(ms, { zone }).toISO());
    expect(weeks[0]).toBe('2026-03-02T00:00:00.000-05:00');
    expect(weeks[2]).toBe('2026-03-16T00:00:00.000-04:00');
    const months = (bucketBoundaries('month', zone, start, end, 100) ?? []).map((ms) => DateTime.fromMillis(ms, { zone }).toISO());
    expect(months).toEqual(['2026-03-01T00:00:00.000-05:00', '2026-04-01T00:00:00.000-04:00', '2026-05-01T00:00:00.000-04:00']);
  });

  it.each(['America/New_York', 'Europe/Berlin'])('daily totals in %s equal the sums of their hourly buckets across both DST changes', (zone) => {
    const world = buildWorld(defaultScenario(), Date.parse('2026-12-01T15:00:00Z'));
    const ranges = [
      { from: '2026-03-06', to: '2026-03-31', changeDayHours: 23 },
      { from: '2026-10-24', to: '2026-11-03', changeDayHours: 25 },
    ];
    for (const { from, to, changeDayHours } of ranges) {
      const startMs = DateTime.fromISO(from, { zone }).toMillis();
      const endMs = DateTime.fromISO(to, { zone }).toMillis();
      const daily = aggregate(world, 'bigcommerce-placed-order', 'day', zone, startMs, endMs);
      const hourly = aggregate(world, 'bigcommerce-placed-order', 'hour', zone, startMs, endMs);
      const regrouped = daily.count.map((_, day) =>
        sum(hourly.count.filter((__, hour) => (hourly.boundaries[hour] ?? 0) >= (daily.boundaries[day] ?? 0) && (hourly.boundaries[hour] ?? 0) < (daily.boundaries[day + 1] ?? 0))),
      );
      expect(regrouped).toEqual(daily.count);
      expect(sum(daily.count)).toBeGreaterThan(0);
      const lengths = daily.boundaries.slice(1).map((end, i) => (end - (daily.boundaries[i] ?? 0)) / hourMs);
      expect(lengths.filter((hours) => hours !== 24)).toEqual([changeDayHours]);
    }
  });
});
