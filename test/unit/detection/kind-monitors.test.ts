import { describe, expect, it } from 'vitest';
import { replay } from '../../../main/detection/replay';
import { riseLogLikelihoodRatio } from '../../../main/detection/rise-monitor';
import { countKindOf, sendsMetricOf } from '../../../shared/domain/monitor-kind';
import { buildKindScenarios } from '../../eval/kind-scenarios';

/**
 * The kinds beyond a falling count, replayed as the CLI does: revenue falling while orders hold,
 * and a harmful metric rising above what its sends explain.
 */
const scenarios = buildKindScenarios([3]);
const scenario = (prefix: string) => scenarios.find((s) => s.name.startsWith(prefix))!;
const run = (prefix: string) => {
  const s = scenario(prefix);
  return { s, alerts: replay(s.series, { timezone: s.timezone, sensitivity: 'normal' }).alerts };
};

describe('kinds of a metric', () => {
  it('a harmful metric is known by its Klaviyo name, whatever its case and spacing, with its sends', () => {
    expect(countKindOf('Marked Email as Spam')).toBe('rise-harmful');
    expect(countKindOf('  bounced   EMAIL ')).toBe('rise-harmful');
    expect(countKindOf('Unsubscribed')).toBe('rise-harmful');
    expect(countKindOf('Dropped Email')).toBe('rise-harmful');
    expect(countKindOf('Placed Order')).toBe('count-down');
    expect(sendsMetricOf('Bounced Email')).toBe('Received Email');
    expect(sendsMetricOf('Placed Order')).toBeNull();
  });

  it('the evidence of a rise is the Poisson log-likelihood ratio, none for a fall', () => {
    expect(riseLogLikelihoodRatio(20, 10)).toBeCloseTo(20 * Math.log(2) - 10, 12);
    expect(riseLogLikelihoodRatio(5, 10)).toBe(0);
  });
});

describe('value-down: revenue falling while orders hold', () => {
  it('a halved basket with steady orders fires a value drop within hours, and no order-count alert', () => {
    const { s, alerts } = run('revenue-half-');
    expect(alerts.map((a) => a.kind)).toEqual(['value-down']);
    expect(alerts[0]!.firedAt).toBeGreaterThanOrEqual(s.expect!.from);
    expect(alerts[0]!.firedAt - s.expect!.from).toBeLessThan(6 * 3600);
    expect(alerts[0]!.observed).toBeLessThan(0.6 * alerts[0]!.expected);
    expect(alerts[0]!.probability).toBeLessThan(1e-4);
  });

  it('steady orders and baskets raise nothing', () => {
    expect(run('revenue-clean-').alerts).toEqual([]);
  });

  it('fewer orders at the usual basket are not a value drop: the expectation follows the count', () => {
    const s = scenario('revenue-clean-');
    const orders = s.series[0]!;
    const cut = [...orders.counts.keys()].sort((a, b) => a - b)[60 * 24]!;
    // From day 60 on, half the orders (and so half the revenue) at the usual basket.
    const counts = new Map([...orders.counts].map(([t, n]) => [t, t >= cut ? Math.floor(n / 2) : n]));
    const values = new Map([...orders.values!].map(([t, v]) => [t, t >= cut ? v * (Math.floor(orders.counts.get(t)! / 2) / Math.max(1, orders.counts.get(t)!)) : v]));
    const alerts = replay([{ ...orders, counts, values }], { timezone: s.timezone, sensitivity: 'normal' }).alerts;
    expect(alerts.some((a) => a.kind === 'value-down')).toBe(false);
    expect(alerts.some((a) => a.kind === 'count-down')).toBe(true);
  });
});

describe('rise-harmful: spam complaints against the emails sent', () => {
  it('a bad list import (8x the complaint rate) fires a rise the day of the send', () => {
    const { s, alerts } = run('spam-bad-import-');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'rise-harmful', metric: 'Marked Email as Spam', againstSends: true });
    expect(alerts[0]!.firedAt).toBeGreaterThanOrEqual(s.expect!.from);
    expect(alerts[0]!.firedAt - s.expect!.from).toBeLessThan(12 * 3600);
  });

  it('a campaign five times the usual size at the usual rate raises nothing', () => {
    expect(run('spam-big-campaign-').alerts).toEqual([]);
  });

  it('without the sends metric the same big campaign looks like a rise: the sends are what explain it', () => {
    const s = scenario('spam-big-campaign-');
    const alone = s.series.filter((series) => series.metric !== 'Received Email');
    const alerts = replay(alone, { timezone: s.timezone, sensitivity: 'normal' }).alerts;
    expect(alerts.some((a) => a.kind === 'rise-harmful' && a.againstSends === false)).toBe(true);
  });
});

describe('trend check: a decline over weeks, no sudden drop', () => {
  const zone = 'Europe/Berlin';
  const seriesOf = async (modifiers: { from: number; to: number; factor: number }[]) => {
    const { generateStoreSeries } = await import('../../eval/store-series');
    const store = generateStoreSeries({ seed: 11, timezone: zone, startDate: '2026-01-05', days: 84, rate: 10, modifiers });
    return [{ metric: 'Placed Order', integration: 'Shopify', category: 'ecommerce', counts: new Map(store.hours.map((h) => [h.start, h.count])) }];
  };

  it('a store that halves over two weeks, a little each day, gets one trend notice and no alert', async () => {
    const { localTime } = await import('../../eval/store-series');
    // From day 49, each day a little lower: half after two weeks, then steady at 40%.
    const modifiers = Array.from({ length: 35 }, (_, i) => ({
      from: localTime(zone, '2026-01-05', 0, 49 + i),
      to: localTime(zone, '2026-01-05', 0, 50 + i),
      factor: Math.max(0.4, Math.pow(0.5, (i + 1) / 14)),
    }));
    const { alerts, notices } = replay(await seriesOf(modifiers), { timezone: zone, sensitivity: 'normal' });
    expect(alerts).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.ratio).toBeLessThanOrEqual(0.6);
    expect(notices[0]!.at).toBeGreaterThan(localTime(zone, '2026-01-05', 0, 49));
  });

  it('a steady store gets none', async () => {
    expect(replay(await seriesOf([]), { timezone: zone, sensitivity: 'normal' }).notices).toEqual([]);
  });
});
