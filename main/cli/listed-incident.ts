import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AccountSummary } from '../../shared/domain/account';
import { diagnosisKindSchema } from '../../shared/domain/diagnosis';
import { monitorKindSchema } from '../../shared/domain/monitor-kind';
import { estimateRangeSchema, incidentGroupingSchema, incidentMuteSchema, incidentStateSchema, type Incident } from '../../shared/domain/incident';

/**
 * One incident as `storepulse incidents --json` prints it: what a script needs, flat, with every
 * time written in the account's zone with its offset (as `storepulse alerts` writes them).
 */
export const listedIncidentSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  account: z.string(),
  /** The account's IANA zone: every time below is written in it, with its offset. */
  timezone: z.string(),
  state: incidentStateSchema,
  grouping: incidentGroupingSchema,
  /** Earliest first anomalous hour of its members. */
  start: z.string(),
  /** When the last member was back to normal; null while one is still down ("ongoing"). */
  end: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  headlineMetric: z.string(),
  /** What moved: the count falling, its value falling while the count holds, or a harmful metric rising. */
  kind: monitorKindSchema,
  members: z
    .array(
      z.object({ metricId: z.string(), metric: z.string(), integration: z.string().nullable(), kind: monitorKindSchema, start: z.string(), recoveredAt: z.string().nullable() }),
    )
    .min(1),
  diagnosisKind: diagnosisKindSchema.nullable(),
  /** The headline metric's missing events (`metric`), with their range; for a rise, its extra events; zero for a value drop. */
  missingEvents: estimateRangeSchema.extend({ metric: z.string() }),
  /** Null when no member carries order values, or when the events moved (`movedElsewhere`). */
  missingRevenue: estimateRangeSchema.nullable(),
  /** A platform switch: the events now arrive through the new integration, nothing is lost. */
  movedElsewhere: z.boolean(),
  /** ISO 4217 code the revenue is in: the incident's, else the account's. */
  currency: z.string().nullable(),
  /** End of the last complete hour the cost counts; `costFinal` once the incident resolved. */
  costThrough: z.string(),
  costFinal: z.boolean(),
  mute: incidentMuteSchema,
  snoozedUntil: z.string().nullable(),
  dismissedAt: z.string().nullable(),
});
export type ListedIncident = z.infer<typeof listedIncidentSchema>;
export const listedIncidentsSchema = z.array(listedIncidentSchema);

/** The incident of that account, as listed. */
export function listedIncident(account: AccountSummary, incident: Incident): ListedIncident {
  const local = (iso: string) => DateTime.fromISO(iso, { zone: account.timezone }).toISO({ suppressMilliseconds: true }) ?? iso;
  const localOrNull = (iso: string | null) => (iso === null ? null : local(iso));
  return {
    id: incident.id,
    accountId: incident.accountId,
    account: incident.accountName,
    timezone: account.timezone,
    state: incident.state,
    grouping: incident.grouping,
    start: local(incident.start),
    end: localOrNull(incident.end),
    resolvedAt: localOrNull(incident.resolvedAt),
    headlineMetric: incident.headlineMetricName,
    kind: incident.headlineKind,
    members: incident.members.map((member) => ({
      metricId: member.metricId,
      metric: member.metricName,
      integration: member.integrationName,
      kind: member.kind,
      start: local(member.start),
      recoveredAt: localOrNull(member.recoveredAt),
    })),
    diagnosisKind: incident.diagnosisKind,
    missingEvents: { metric: incident.cost.metricName, ...incident.cost.missingEvents },
    missingRevenue: incident.cost.missingRevenue,
    movedElsewhere: incident.cost.movedElsewhere,
    currency: incident.cost.currency ?? (account.currency === '' ? null : account.currency),
    costThrough: local(incident.cost.through),
    costFinal: incident.cost.final,
    mute: incident.mute,
    snoozedUntil: localOrNull(incident.snoozedUntil),
    dismissedAt: localOrNull(incident.dismissedAt),
  };
}
