import { IANAZone } from 'luxon';
import { z } from 'zod';
import { requiredScopes } from '../../shared/klaviyo/operations';
import { flowTriggerTypes } from './spec-parameters';

/**
 * The demo store's description: what exists (accounts, metrics, flows, profiles) and how busy it
 * is over time. Times are relative ("days ago", "hours ago") to the simulator's anchor, so the
 * same file gives a living store whenever it is loaded. The format is documented for users in
 * the README's demo store section; keep the two in step.
 */
const key = z.string().min(1).max(100);
const shortIdOverride = z.string().regex(/^[A-Za-z0-9]{6}$/, 'six letters or digits');

const hoursOfDay = 24;
const daysOfWeek = 7;

export const integrationSchema = z.strictObject({
  name: z.string().min(1),
  category: z.string().min(1),
});

export const metricSchema = z.strictObject({
  key,
  id: shortIdOverride.optional(),
  name: z.string().min(1),
  integration: integrationSchema,
  baseHourlyRate: z.number().nonnegative(),
  dailyShape: z.array(z.number().nonnegative()).length(hoursOfDay).default(() => Array(hoursOfDay).fill(1)),
  weeklyShape: z.array(z.number().nonnegative()).length(daysOfWeek).default(() => Array(daysOfWeek).fill(1)),
  trendPerYear: z.number().gt(-1).default(0),
  valuePerEvent: z.number().nonnegative().default(0),
  valueNoise: z.number().min(0).max(1).default(0.15),
  uniqueRatio: z.number().gt(0).max(1).default(0.9),
  startDaysAgo: z.number().nonnegative().optional(),
  stopDaysAgo: z.number().nonnegative().optional(),
  /**
   * A count that rides on another metric's: spam complaints come with the emails sent. Each hour
   * adds `share` × the followed metric's expected count (its shapes, peaks and incidents included)
   * to this metric's own `baseHourlyRate` × shapes, which is 0 for a metric that only follows.
   * With `delayHours`, the responses to an hour's sends spread over the hours after it, their
   * weight falling by e every `delayHours` (0: all in the same hour).
   */
  follows: z
    .strictObject({ metric: key, share: z.number().positive(), delayHours: z.number().min(0).max(48).default(0) })
    .optional(),
});

/**
 * Something going wrong for a while. The count of the named metrics falls (`remainingFraction`)
 * or rises (`countMultiplier`: a bad list import multiplies spam complaints), and the value per
 * event can fall while the count holds (`valueFraction`: a broken discount code). At least one of
 * the three must change something; a count falls or rises, not both.
 */
export const incidentSchema = z.strictObject({
  label: z.string().optional(),
  metrics: z.array(key).min(1),
  startHoursAgo: z.number(),
  /** Absent: still going on. */
  durationHours: z.number().positive().optional(),
  /** Share of normal activity left: 0.3 for "down 70%", 0 for an outage; 1 (default) leaves counts alone. */
  remainingFraction: z.number().min(0).max(1).default(1),
  /** Counts times this: 7 for "seven times the usual"; absent leaves counts alone. */
  countMultiplier: z.number().gt(1).optional(),
  /** Share of the usual value per event left: 0.5 for a 50%-off code on everything; absent leaves values alone. */
  valueFraction: z.number().min(0).lt(1).optional(),
});

const peakStartSchema = z.union([
  z.strictObject({ daysAgo: z.number().int() }),
  z.strictObject({
    yearsAgo: z.number().int().min(0),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.strictObject({ yearsAgo: z.number().int().min(0), rule: z.enum(['black-friday', 'giving-tuesday']) }),
]);

export const peakSchema = z.strictObject({
  label: z.string().optional(),
  /** Absent: every metric of the account. */
  metrics: z.array(key).min(1).optional(),
  start: peakStartSchema,
  days: z.number().int().min(1).default(1),
  multiplier: z.number().positive(),
});

export const flowSchema = z.strictObject({
  key,
  id: shortIdOverride.optional(),
  name: z.string().min(1),
  /** The spec's read schema gives no enum; Klaviyo uses draft, manual and live. */
  status: z.string().min(1),
  triggerType: z.enum(flowTriggerTypes),
  triggerMetric: key.optional(),
  archived: z.boolean().default(false),
  createdDaysAgo: z.number().nonnegative(),
  updatedDaysAgo: z.number().nonnegative(),
});

export const profileSchema = z.strictObject({
  email: z.email(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phoneNumber: z.string().optional(),
  externalId: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  createdDaysAgo: z.number().nonnegative(),
  properties: z.record(z.string(), z.unknown()).default({}),
});

export const eventSchema = z.strictObject({
  profile: z.email(),
  metric: key,
  hoursAgo: z.number().nonnegative(),
  properties: z.record(z.string(), z.unknown()).default({}),
});

export const accountSchema = z.strictObject({
  id: shortIdOverride.optional(),
  name: z.string().min(1),
  privateKey: z.string().min(1),
  publicKey: z.string().min(1),
  timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'unknown IANA timezone'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD'),
  locale: z.string().default('en-US'),
  industry: z.string().nullable().default(null),
  testAccount: z.boolean().default(false),
  website: z.string().nullable().default(null),
  senderEmail: z.email().optional(),
  address: z
    .strictObject({
      address1: z.string().nullable().default(null),
      address2: z.string().nullable().default(null),
      // Never null: the official Python SDK's StreetAddress model requires a city string,
      // though the spec marks it nullable. An account without one answers "".
      city: z.string().default(''),
      region: z.string().nullable().default(null),
      country: z.string().length(2).nullable().default(null),
      zip: z.string().nullable().default(null),
    })
    .prefault({}),
  /** The private key's scopes; all the app needs unless a scenario says otherwise. */
  scopes: z.array(z.string()).default(() => [...requiredScopes]),
  /**
   * Integrations deliver late: an hour younger than `hours` shows only part of its events, the
   * missing `delayedShare` arriving linearly until then. Counts of recent hours are revised
   * upward, as real ones are, which is what the sync's late-data window is for.
   */
  lateArrival: z.strictObject({ hours: z.number().positive(), delayedShare: z.number().min(0).max(1) }).optional(),
  metrics: z.array(metricSchema).min(1),
  incidents: z.array(incidentSchema).default([]),
  peaks: z.array(peakSchema).default([]),
  flows: z.array(flowSchema).default([]),
  profiles: z.array(profileSchema).default([]),
  events: z.array(eventSchema).default([]),
  /** Which metric a test order records; default: a Placed Order metric that has not stopped. */
  testOrderMetric: key.optional(),
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

/** Indexes of the metrics whose `follows` chain comes back to them (itself included). */
function followCycles(metrics: readonly { key: string; follows?: { metric: string } }[]): number[] {
  const followed = new Map(metrics.map((metric) => [metric.key, metric.follows?.metric]));
  return metrics.flatMap((metric, m) => {
    const seen = new Set<string>();
    for (let at = metric.follows?.metric; at !== undefined && !seen.has(at); at = followed.get(at)) {
      if (at === metric.key) return [m];
      seen.add(at);
    }
    return [];
  });
}

export const scenarioSchema = z
  .strictObject({
    seed: z.number().int(),
    historyDays: z.number().int().min(1).max(2000).default(400),
    accounts: z.array(accountSchema).min(1),
  })
  .superRefine((scenario, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    for (const key of duplicates(scenario.accounts.map((account) => account.privateKey))) {
      issue(['accounts'], `private key used by more than one account: ${key.slice(0, 6)}…`);
    }
    scenario.accounts.forEach((account, a) => {
      const at = (...rest: (string | number)[]) => ['accounts', a, ...rest];
      const metricKeys = new Set(account.metrics.map((metric) => metric.key));
      for (const key of duplicates(account.metrics.map((metric) => metric.key))) issue(at('metrics'), `duplicate metric key "${key}"`);
      for (const key of duplicates(account.flows.map((flow) => flow.key))) issue(at('flows'), `duplicate flow key "${key}"`);
      for (const email of duplicates(account.profiles.map((profile) => profile.email.toLowerCase()))) {
        issue(at('profiles'), `duplicate profile email "${email}"`);
      }
      const known = (path: (string | number)[], metric: string) => {
        if (!metricKeys.has(metric)) issue(path, `no metric with key "${metric}" in this account`);
      };
      account.metrics.forEach((metric, m) => {
        if (metric.startDaysAgo !== undefined && metric.stopDaysAgo !== undefined && metric.stopDaysAgo >= metric.startDaysAgo) {
          issue(at('metrics', m, 'stopDaysAgo'), 'a metric must stop after it starts (stopDaysAgo < startDaysAgo)');
        }
        if (metric.follows !== undefined) known(at('metrics', m, 'follows', 'metric'), metric.follows.metric);
      });
      for (const m of followCycles(account.metrics)) issue(at('metrics', m, 'follows', 'metric'), 'a metric cannot follow itself, directly or through others');
      account.incidents.forEach((incident, i) => {
        incident.metrics.forEach((metric, k) => known(at('incidents', i, 'metrics', k), metric));
        const { remainingFraction, countMultiplier, valueFraction } = incident;
        if (remainingFraction === 1 && countMultiplier === undefined && valueFraction === undefined) {
          issue(at('incidents', i), 'an incident must change something: remainingFraction below 1, countMultiplier or valueFraction');
        }
        if (remainingFraction < 1 && countMultiplier !== undefined) {
          issue(at('incidents', i), 'a count falls (remainingFraction) or rises (countMultiplier), not both');
        }
        if (valueFraction !== undefined) {
          incident.metrics.forEach((metric, k) => {
            if (account.metrics.find((candidate) => candidate.key === metric)?.valuePerEvent === 0) {
              issue(at('incidents', i, 'metrics', k), `metric "${metric}" has no value (valuePerEvent 0) for valueFraction to change`);
            }
          });
        }
      });
      account.peaks.forEach((peak, i) => peak.metrics?.forEach((metric, k) => known(at('peaks', i, 'metrics', k), metric)));
      account.flows.forEach((flow, f) => {
        if (flow.triggerMetric !== undefined) known(at('flows', f, 'triggerMetric'), flow.triggerMetric);
        if ((flow.triggerType === 'Metric') !== (flow.triggerMetric !== undefined)) {
          issue(at('flows', f, 'triggerMetric'), 'a flow names a trigger metric exactly when its triggerType is "Metric"');
        }
      });
      const emails = new Set(account.profiles.map((profile) => profile.email.toLowerCase()));
      account.events.forEach((event, e) => {
        known(at('events', e, 'metric'), event.metric);
        if (!emails.has(event.profile.toLowerCase())) issue(at('events', e, 'profile'), `no profile with email "${event.profile}"`);
      });
      if (account.testOrderMetric !== undefined) known(at('testOrderMetric'), account.testOrderMetric);
    });
  });

export type Scenario = z.output<typeof scenarioSchema>;
/** What a scenario file or literal may leave out (defaults are filled in by parsing). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioAccount = Scenario['accounts'][number];
export type ScenarioMetric = ScenarioAccount['metrics'][number];
export type ScenarioPeak = ScenarioAccount['peaks'][number];
export type ScenarioIncident = ScenarioAccount['incidents'][number];
