import { DateTime } from 'luxon';
import { alphanumericId, shortId, ulidLikeId, uuidLike } from './prng';
import type { Scenario, ScenarioAccount, ScenarioMetric, ScenarioPeak } from './scenario-schema';
import { dayMs, floorToHour, formatInstant, hourMs } from './time';

/**
 * A scenario pinned to an anchor instant: relative times become absolute, keys become
 * Klaviyo-looking ids derived from the seed. Everything here is fixed once built; what changes
 * with time (counts, test orders) is computed from it on request.
 */
export interface TimeWindow {
  readonly startMs: number;
  /** Exclusive; `Infinity` for an incident still going on. */
  readonly endMs: number;
  /** On the expected count. */
  readonly factor: number;
  /** On the value per event (a broken discount code); 1 for peaks. */
  readonly valueFactor: number;
  readonly metricIds: ReadonlySet<string>;
}

export interface SimMetric {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  /** Klaviyo sends more keys than the name and category the filters use; so do we. */
  readonly integration: { readonly object: 'integration'; readonly id: string; readonly key: string; readonly name: string; readonly category: string };
  readonly model: ScenarioMetric;
  /** First instant with events. */
  readonly startMs: number;
  /** First instant without events again; `Infinity` while the metric is live. */
  readonly stopMs: number;
  /** The metric whose expected count this one takes a share of (scenario `follows`), by id. */
  readonly follows: { readonly metricId: string; readonly share: number; readonly delayHours: number } | null;
  readonly created: string;
  readonly updated: string;
}

export interface SimFlow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly triggerType: string;
  readonly archived: boolean;
  readonly createdMs: number;
  readonly updatedMs: number;
  readonly triggerMetricId: string | null;
}

export interface SimProfile {
  readonly id: string;
  readonly email: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly phoneNumber: string | null;
  readonly externalId: string | null;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
  readonly createdMs: number;
  readonly updatedMs: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SimEvent {
  readonly id: string;
  readonly uuid: string;
  readonly metricId: string;
  readonly profileId: string;
  readonly timeMs: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SimAccount {
  readonly id: string;
  readonly name: string;
  readonly privateKey: string;
  readonly source: ScenarioAccount;
  readonly timezone: string;
  readonly metrics: readonly SimMetric[];
  readonly flows: readonly SimFlow[];
  readonly profiles: readonly SimProfile[];
  readonly events: readonly SimEvent[];
  readonly incidents: readonly TimeWindow[];
  readonly peaks: readonly TimeWindow[];
  readonly testOrderMetricId: string | null;
}

export interface World {
  readonly seed: number;
  readonly anchorMs: number;
  readonly historyStartMs: number;
  readonly accounts: readonly SimAccount[];
}

function daysBefore(anchorMs: number, days: number): number {
  return floorToHour(anchorMs - days * dayMs);
}

/** Local-day starts: peaks follow the store's calendar, not UTC. */
function peakStartMs(start: ScenarioPeak['start'], anchorMs: number, zone: string): number {
  const anchorLocal = DateTime.fromMillis(anchorMs, { zone });
  if ('daysAgo' in start) return anchorLocal.startOf('day').minus({ days: start.daysAgo }).toMillis();
  const year = anchorLocal.year - start.yearsAgo;
  if ('month' in start) return DateTime.fromObject({ year, month: start.month, day: start.day }, { zone }).toMillis();
  // Black Friday: the day after the fourth Thursday of November; Giving Tuesday: four days later.
  const firstOfNovember = DateTime.fromObject({ year, month: 11, day: 1 }, { zone });
  const firstThursday = firstOfNovember.plus({ days: (4 - firstOfNovember.weekday + 7) % 7 });
  const blackFriday = firstThursday.plus({ weeks: 3, days: 1 });
  return (start.rule === 'black-friday' ? blackFriday : blackFriday.plus({ days: 4 })).toMillis();
}

function resolveAccount(scenario: Scenario, account: ScenarioAccount, index: number, anchorMs: number, historyStartMs: number): SimAccount {
  const seed = scenario.seed;
  const accountId = account.id ?? shortId(seed, 'account', index, account.name);
  // Every id first: a metric may follow one listed after it.
  const idOf = (metric: ScenarioMetric) => metric.id ?? shortId(seed, 'metric', accountId, metric.key);
  const metricIdByKey = new Map(account.metrics.map((metric) => [metric.key, idOf(metric)]));
  const metrics = account.metrics.map((metric): SimMetric => {
    const id = idOf(metric);
    const startMs = Math.max(historyStartMs, metric.startDaysAgo === undefined ? historyStartMs : daysBefore(anchorMs, metric.startDaysAgo));
    const stopMs = metric.stopDaysAgo === undefined ? Infinity : daysBefore(anchorMs, metric.stopDaysAgo);
    return {
      id,
      key: metric.key,
      name: metric.name,
      integration: {
        object: 'integration',
        id: shortId(seed, 'integration', metric.integration.name),
        key: metric.integration.name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
        ...metric.integration,
      },
      model: metric,
      startMs,
      stopMs,
      follows: metric.follows ? { ...metric.follows, metricId: metricIdByKey.get(metric.follows.metric) ?? '' } : null,
      created: formatInstant(startMs),
      updated: formatInstant(startMs),
    };
  });
  const idsOf = (keys: readonly string[] | undefined): ReadonlySet<string> =>
    new Set(keys === undefined ? metrics.map((metric) => metric.id) : keys.map((key) => metricIdByKey.get(key) ?? ''));

  const profileIdByEmail = new Map<string, string>();
  const profiles = account.profiles.map((profile): SimProfile => {
    const id = ulidLikeId(seed, 'profile', accountId, profile.email.toLowerCase());
    profileIdByEmail.set(profile.email.toLowerCase(), id);
    const createdMs = daysBefore(anchorMs, profile.createdDaysAgo);
    return {
      id,
      email: profile.email,
      firstName: profile.firstName ?? null,
      lastName: profile.lastName ?? null,
      phoneNumber: profile.phoneNumber ?? null,
      externalId: profile.externalId ?? null,
      city: profile.city ?? null,
      region: profile.region ?? null,
      country: profile.country ?? null,
      createdMs,
      updatedMs: createdMs,
      properties: profile.properties,
    };
  });

  return {
    id: accountId,
    name: account.name,
    privateKey: account.privateKey,
    source: account,
    timezone: account.timezone,
    metrics,
    flows: account.flows.map((flow): SimFlow => ({
      id: flow.id ?? shortId(seed, 'flow', accountId, flow.key),
      name: flow.name,
      status: flow.status,
      triggerType: flow.triggerType,
      archived: flow.archived,
      createdMs: daysBefore(anchorMs, flow.createdDaysAgo),
      updatedMs: daysBefore(anchorMs, flow.updatedDaysAgo),
      triggerMetricId: flow.triggerMetric === undefined ? null : (metricIdByKey.get(flow.triggerMetric) ?? null),
    })),
    profiles,
    events: account.events.map((event, e): SimEvent => ({
      id: alphanumericId(12, seed, 'event', accountId, e),
      uuid: uuidLike(seed, 'event', accountId, e),
      metricId: metricIdByKey.get(event.metric) ?? '',
      profileId: profileIdByEmail.get(event.profile.toLowerCase()) ?? '',
      timeMs: anchorMs - Math.round(event.hoursAgo * hourMs),
      properties: event.properties,
    })),
    incidents: account.incidents.map((incident) => {
      const startMs = anchorMs - Math.round(incident.startHoursAgo * hourMs);
      const endMs = incident.durationHours === undefined ? Infinity : startMs + Math.round(incident.durationHours * hourMs);
      const factor = incident.remainingFraction * (incident.countMultiplier ?? 1);
      return { startMs, endMs, factor, valueFactor: incident.valueFraction ?? 1, metricIds: idsOf(incident.metrics) };
    }),
    peaks: account.peaks.map((peak) => {
      const startMs = peakStartMs(peak.start, anchorMs, account.timezone);
      const endMs = DateTime.fromMillis(startMs, { zone: account.timezone }).plus({ days: peak.days }).toMillis();
      return { startMs, endMs, factor: peak.multiplier, valueFactor: 1, metricIds: idsOf(peak.metrics) };
    }),
    testOrderMetricId: resolveTestOrderMetric(account, metrics, metricIdByKey),
  };
}

function resolveTestOrderMetric(account: ScenarioAccount, metrics: readonly SimMetric[], idByKey: ReadonlyMap<string, string>): string | null {
  if (account.testOrderMetric !== undefined) return idByKey.get(account.testOrderMetric) ?? null;
  return metrics.find((metric) => metric.name === 'Placed Order' && metric.stopMs === Infinity)?.id ?? null;
}

export function buildWorld(scenario: Scenario, anchorMs: number): World {
  const historyStartMs = daysBefore(anchorMs, scenario.historyDays);
  return {
    seed: scenario.seed,
    anchorMs,
    historyStartMs,
    accounts: scenario.accounts.map((account, index) => resolveAccount(scenario, account, index, anchorMs, historyStartMs)),
  };
}
