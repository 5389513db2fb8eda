import type { Alert } from '../../../shared/domain/alert';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Incident } from '../../../shared/domain/incident';

/** Home's banners: the account's incidents still under way or recovering that nobody snoozed or dismissed. */
export function openUnmutedIncidents(incidents: readonly Incident[], accountId: string): Incident[] {
  return incidents.filter((incident) => incident.accountId === accountId && incident.state !== 'resolved' && incident.mute === 'none');
}

/**
 * The incident that holds any of these metrics, for a diagnosis card's "View incident": one still
 * open first, else the latest that ended (the list comes open first, newest first).
 */
export function incidentHoldingMetrics(incidents: readonly Incident[], accountId: string, metricIds: readonly string[]): Incident | undefined {
  const holds = (incident: Incident) => incident.accountId === accountId && incident.members.some((member) => metricIds.includes(member.metricId));
  return incidents.find((incident) => holds(incident) && incident.state !== 'resolved') ?? incidents.find(holds);
}

/**
 * Active alerts that no incident holds: Home still shows each on its own, so no drop is ever
 * hidden while incidents are being formed from it.
 */
export function alertsOutsideIncidents(alerts: readonly Alert[], incidents: readonly Incident[]): Alert[] {
  const held = new Set(incidents.flatMap((incident) => incident.members.map((member) => member.alertId)));
  return alerts.filter((alert) => !held.has(alert.id));
}

/** The diagnosis the incident was grouped by: its kind, on the same account, sharing one of its metrics. */
export function incidentDiagnosis(incident: Incident, diagnoses: readonly Diagnosis[]): Diagnosis | undefined {
  if (!incident.diagnosisKind) return undefined;
  const members = new Set(incident.members.map((member) => member.metricId));
  return diagnoses.find(
    (diagnosis) => diagnosis.accountId === incident.accountId && diagnosis.kind === incident.diagnosisKind && diagnosis.metricIds.some((id) => members.has(id)),
  );
}

/**
 * Where "View affected flows" takes the Flows screen: the one flow when there is one, the one
 * member whose alert carries flows when only one does (Flows then lists what that metric
 * triggers), else the whole list, where a badge marks each flow of a metric that dropped.
 */
export function flowsFocus(incident: Incident, alerts: readonly Alert[]): string | undefined {
  if (incident.affectedFlows.length === 1) return incident.affectedFlows[0]!.id;
  const carriers = incident.members.filter((member) => (alerts.find((alert) => alert.id === member.alertId)?.affectedFlows.length ?? 0) > 0);
  return carriers.length === 1 ? carriers[0]!.metricId : undefined;
}

/** Flows in the order the page lists them: live, then manual, then the rest, main's order kept within each. */
export function flowsLiveFirst<F extends { status: string | null }>(flows: readonly F[]): F[] {
  const rank = (status: string | null) => (status === 'live' ? 0 : status === 'manual' ? 1 : 2);
  return flows.map((flow, index) => ({ flow, index })).sort((a, b) => rank(a.flow.status) - rank(b.flow.status) || a.index - b.index).map(({ flow }) => flow);
}
