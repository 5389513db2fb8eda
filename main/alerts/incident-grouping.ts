import type { IncidentGrouping } from '../../shared/domain/incident';
import { secondsFromIso } from '../../shared/domain/account-time';
import type { MonitorKind } from '../../shared/domain/monitor-kind';

/** Drops whose first anomalous hours lie this close together may be one incident. */
export const GROUP_WINDOW_HOURS = 4;

/**
 * The checkout funnel, top to bottom: a drop anywhere in it starves the steps below, so drops of
 * funnel metrics that begin together are one story whatever integration records them.
 */
const funnel = ['viewed product', 'added to cart', 'started checkout', 'placed order'] as const;

/** The metric's step in the funnel (0 = Viewed Product … 3 = Placed Order), or null. */
export function funnelStep(metricName: string): number | null {
  const step = funnel.indexOf(metricName.trim().toLowerCase() as (typeof funnel)[number]);
  return step < 0 ? null : step;
}

/** One drop, as grouping sees it. */
export interface GroupedDrop {
  metricId: string;
  /** What was judged: only count drops share causes; a value drop or a harmful rise is its own story. */
  kind: MonitorKind;
  metricName: string;
  integrationName: string | null;
  integrationCategory: string | null;
  /** First anomalous hour (ISO). */
  start: string;
}

/** An incident still open (ongoing or recovering), as grouping sees it. */
export interface OpenGroup {
  id: string;
  start: string;
  members: readonly GroupedDrop[];
}

/**
 * A platform integration is a shared cause; metrics sent through the API (custom, each its own
 * sender) or with no integration are not tied to each other by that alone.
 */
const sharedIntegration = (integration: string | null, category: string | null) => integration !== null && category !== 'api';

/**
 * What `drop` shares with the group's members, strongest first: a diagnosis naming both, the same
 * platform integration, the checkout funnel. Null when nothing: an unrelated drop.
 */
export function sharedCause(drop: GroupedDrop, members: readonly GroupedDrop[], diagnoses: readonly { metricIds: readonly string[] }[]): IncidentGrouping | null {
  // A revenue drop while the orders hold, or a rise of complaints, is not explained by what
  // starves the counts (an outage, a tracking gap): it is told on its own.
  if (drop.kind !== 'count-down') return null;
  const counts = members.filter((member) => member.kind === 'count-down');
  const memberIds = new Set(counts.map((member) => member.metricId));
  if (diagnoses.some((d) => d.metricIds.includes(drop.metricId) && d.metricIds.some((id) => id !== drop.metricId && memberIds.has(id)))) return 'diagnosis';
  if (sharedIntegration(drop.integrationName, drop.integrationCategory) && counts.some((m) => m.integrationName === drop.integrationName)) return 'integration';
  if (funnelStep(drop.metricName) !== null && counts.some((m) => funnelStep(m.metricName) !== null)) return 'funnel';
  return null;
}

/**
 * Where a new drop goes: back into the open incident that already holds its metric and kind (it dropped
 * again before the incident was over), else into the open incident whose drops began within
 * `GROUP_WINDOW_HOURS` of it and share a cause (the closest start first). Null: a new incident.
 */
export function placeDrop(
  drop: GroupedDrop,
  open: readonly OpenGroup[],
  diagnoses: readonly { metricIds: readonly string[] }[],
): { incidentId: string; grouping: IncidentGrouping | null } | null {
  const again = open.find((group) => group.members.some((member) => member.metricId === drop.metricId && member.kind === drop.kind));
  if (again) return { incidentId: again.id, grouping: null };
  const start = secondsFromIso(drop.start);
  const candidates = open
    .map((group) => ({ group, distance: Math.abs(secondsFromIso(group.start) - start), cause: sharedCause(drop, group.members, diagnoses) }))
    .filter((candidate) => candidate.cause !== null && candidate.distance <= GROUP_WINDOW_HOURS * 3600)
    .sort((a, b) => a.distance - b.distance);
  const best = candidates[0];
  return best ? { incidentId: best.group.id, grouping: best.cause } : null;
}

/** The stronger of two reasons to group (a diagnosis outranks an integration, which outranks the funnel). */
export function strongerGrouping(current: IncidentGrouping, added: IncidentGrouping | null): IncidentGrouping {
  const rank: Record<IncidentGrouping, number> = { single: 0, funnel: 1, integration: 2, diagnosis: 3 };
  return added !== null && rank[added] > rank[current] ? added : current;
}
