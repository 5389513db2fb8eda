import { replay, type ReplayAlert, type ReplaySeries } from '../../main/detection/replay';
import type { MonitorKind } from '../../shared/domain/monitor-kind';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import { seededRandom } from './random';
import { generateStoreSeries, localTime } from './store-series';

/**
 * Labelled scenarios for the kinds beyond a falling count: revenue falling while orders hold, and
 * spam complaints rising. Each scenario says which kind must fire (and from when) or that nothing
 * may; the replay is the CLI's.
 */
export interface KindScenario {
  family: string;
  name: string;
  timezone: string;
  series: ReplaySeries[];
  /** The kind that must fire for `metric`, at or after `from` and before `until`; null: no alert of any kind. */
  expect: { kind: MonitorKind; metric: string; from: number; until: number } | null;
}

export interface KindOutcome {
  scenario: KindScenario;
  correct: boolean;
  /** Hours from the incident's start to the end of the hour that fired, when it was caught. */
  delayHours: number | null;
  alerts: ReplayAlert[];
}

const HOUR = 3600;
const DAYS = 84;
const START = '2026-01-05';
const ZONE = 'America/New_York';

/** Placed Order with its revenue: lognormal basket values, the average basket scaled by `basket` over a span. */
function ordersWithRevenue(seed: number, basket: { from: number; to: number; factor: number } | null): ReplaySeries {
  const store = generateStoreSeries({ seed, timezone: ZONE, startDate: START, days: DAYS, rate: 20 });
  const random = seededRandom(seed * 104_729);
  const sigma = 0.5;
  const mu = Math.log(80) - (sigma * sigma) / 2;
  const counts = new Map<number, number>();
  const values = new Map<number, number>();
  for (const hour of store.hours) {
    const factor = basket && hour.start >= basket.from && hour.start < basket.to ? basket.factor : 1;
    let value = 0;
    for (let i = 0; i < hour.count; i += 1) value += Math.exp(mu + sigma * random.normal()) * factor;
    counts.set(hour.start, hour.count);
    values.set(hour.start, Math.round(value * 100) / 100);
  }
  return { metric: 'Placed Order', integration: 'Shopify', category: 'ecommerce', counts, values };
}

/**
 * Received Email and Marked Email as Spam: a trickle of flow emails all day, a campaign to the
 * list on Tuesdays and Thursdays at 10:00, and complaints at `rate` per email, trailing each send
 * over the next hours. `special` is one campaign of its own size and complaint rate.
 */
function emailWithComplaints(seed: number, special: { day: number; size: number; rate: number } | null, withSends = true): { series: ReplaySeries[]; sendAt: number | null } {
  const random = seededRandom(seed * 7_919 + 17);
  const first = localTime(ZONE, START, 0, 0);
  const hours = DAYS * 24;
  const sends = new Array<number>(hours).fill(0);
  const rates = new Array<number>(hours).fill(0.0004);
  let sendAt: number | null = null;
  for (let h = 0; h < hours; h += 1) sends[h] = random.poisson(40);
  for (let day = 0; day < DAYS; day += 1) {
    const at = (localTime(ZONE, START, 10, day) - first) / HOUR;
    const weekday = new Date((first + at * HOUR) * 1000).getUTCDay();
    const isSpecial = special !== null && day === special.day;
    if (!isSpecial && weekday !== 2 && weekday !== 4) continue;
    const size = isSpecial ? special.size : 20_000 * (0.8 + 0.4 * random.uniform());
    sends[at] = (sends[at] ?? 0) + Math.round(size * 0.7);
    sends[at + 1] = (sends[at + 1] ?? 0) + Math.round(size * 0.3);
    if (isSpecial) {
      rates[at] = special.rate;
      rates[at + 1] = special.rate;
      sendAt = first + at * HOUR;
    }
  }
  // Complaints trail their send: about half in the first 3 hours, the rest over the next day.
  const lag = Array.from({ length: 36 }, (_, j) => Math.exp(-j / 5));
  const lagSum = lag.reduce((a, b) => a + b, 0);
  const complaints = new Map<number, number>();
  const received = new Map<number, number>();
  for (let h = 0; h < hours; h += 1) {
    let mean = 0;
    for (let j = 0; j < lag.length && j <= h; j += 1) mean += (sends[h - j]! * rates[h - j]! * lag[j]!) / lagSum;
    complaints.set(first + h * HOUR, random.poisson(mean));
    received.set(first + h * HOUR, sends[h]!);
  }
  const series: ReplaySeries[] = [{ metric: 'Marked Email as Spam', integration: 'Klaviyo', category: null, counts: complaints }];
  if (withSends) series.push({ metric: 'Received Email', integration: 'Klaviyo', category: null, counts: received });
  return { series, sendAt };
}

export function buildKindScenarios(seeds: readonly number[]): KindScenario[] {
  const scenarios: KindScenario[] = [];
  for (const seed of seeds) {
    const random = seededRandom(seed * 31 + 5);
    const day = 50 + random.integer(25);
    scenarios.push({ family: 'revenue steady (orders and basket normal)', name: `revenue-clean-${seed}`, timezone: ZONE, series: [ordersWithRevenue(seed, null)], expect: null });
    const from = localTime(ZONE, START, 9 + random.integer(8), day);
    scenarios.push({
      family: 'revenue drop, orders steady (basket halved 24 h)',
      name: `revenue-half-${seed}`,
      timezone: ZONE,
      series: [ordersWithRevenue(seed, { from, to: from + 24 * HOUR, factor: 0.5 })],
      expect: { kind: 'value-down', metric: 'Placed Order', from, until: from + 48 * HOUR },
    });
    scenarios.push({
      family: 'revenue drop, orders steady (currency error 6 h)',
      name: `revenue-currency-${seed}`,
      timezone: ZONE,
      series: [ordersWithRevenue(seed, { from, to: from + 6 * HOUR, factor: 0.01 })],
      expect: { kind: 'value-down', metric: 'Placed Order', from, until: from + 30 * HOUR },
    });
    const normal = emailWithComplaints(seed, { day, size: 100_000, rate: 0.0004 });
    scenarios.push({ family: 'spam complaints, a five-times campaign at the usual rate', name: `spam-big-campaign-${seed}`, timezone: ZONE, series: normal.series, expect: null });
    const bad = emailWithComplaints(seed, { day, size: 20_000, rate: 0.0032 });
    scenarios.push({
      family: 'spam complaints, a bad list import (8x the rate)',
      name: `spam-bad-import-${seed}`,
      timezone: ZONE,
      series: bad.series,
      expect: { kind: 'rise-harmful', metric: 'Marked Email as Spam', from: bad.sendAt!, until: bad.sendAt! + 48 * HOUR },
    });
  }
  return scenarios;
}

export function evaluateKinds(seeds: readonly number[], sensitivity: Sensitivity): KindOutcome[] {
  return buildKindScenarios(seeds).map((scenario) => {
    const { alerts } = replay(scenario.series, { timezone: scenario.timezone, sensitivity });
    const expect = scenario.expect;
    if (expect === null) return { scenario, correct: alerts.length === 0, delayHours: null, alerts };
    const hit = alerts.find((a) => a.kind === expect.kind && a.metric === expect.metric && a.firedAt >= expect.from && a.firedAt < expect.until);
    // Caught, and nothing else raised (an order-count alert here would be a false one).
    const others = alerts.filter((a) => a !== hit);
    return { scenario, correct: hit !== undefined && others.length === 0, delayHours: hit ? (hit.firedAt + HOUR - expect.from) / HOUR : null, alerts };
  });
}
