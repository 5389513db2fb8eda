import type { AlertState, SnoozeDays, TransitionReason } from '../../shared/domain/alert';
import { calendarDaysLater } from '../../shared/domain/account-time';
import { AppError } from '../../shared/domain/errors';
import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import type { IncidentAction, IncidentEventRecord, IncidentRecord } from '../db/repositories/incidents-repository';

/**
 * The operator's actions on a whole incident, as pure decisions: what the incident, each member
 * alert and each metric's snooze become. Resolved members keep their state (their drop is over);
 * the metrics' snoozes keep a member that drops again from speaking while the incident is snoozed.
 */

type Members = readonly AlertRecord[];

function build(incident: IncidentRecord, members: Members, to: (member: AlertRecord) => { state: AlertState; patch: Partial<AlertRecord> } | null, reason: TransitionReason, at: string) {
  const upserts: AlertRecord[] = [];
  const transitions: Transition[] = [];
  for (const member of members) {
    if (member.state === 'resolved') continue;
    const next = to(member);
    if (!next || next.state === member.state) continue;
    upserts.push({ ...member, ...next.patch, state: next.state });
    transitions.push({ alertId: member.id, from: member.state, to: next.state, at, reason });
  }
  return { upserts, transitions };
}

const event = (incident: IncidentRecord, kind: IncidentEventRecord['kind'], at: string, until: string | null = null): IncidentEventRecord => ({
  incidentId: incident.id,
  at,
  kind,
  metricId: null,
  by: 'this-computer',
  until,
});

const noSnoozes = { set: [], clear: [] };

/** Hidden from Home, the badges and the tray; its metrics' drops are still recorded. */
export function dismissIncident(incident: IncidentRecord, members: Members, now: Date): IncidentAction {
  if (incident.dismissedAt !== null) throw new AppError('invalid-input', 'This incident is already dismissed.');
  const at = now.toISOString();
  const next = { ...incident, dismissedAt: at };
  return {
    incident: next,
    ...build(incident, members, () => ({ state: 'dismissed', patch: { dismissedAt: at } }), 'dismissed', at),
    events: [event(incident, 'dismissed', at)],
    snoozes: noSnoozes,
  };
}

/** Takes a dismiss back: the members still down show again (snoozed if the incident's snooze still runs). */
export function restoreIncident(incident: IncidentRecord, members: Members, now: Date): IncidentAction {
  if (incident.dismissedAt === null) throw new AppError('invalid-input', 'This incident is not dismissed.');
  const at = now.toISOString();
  const snoozed = incident.snoozedUntil !== null && Date.parse(incident.snoozedUntil) > now.getTime();
  return {
    incident: { ...incident, dismissedAt: null },
    ...build(
      incident,
      members,
      (member) => (member.state === 'dismissed' ? { state: snoozed ? 'snoozed' : 'active', patch: { dismissedAt: null, snoozedUntil: snoozed ? incident.snoozedUntil : null } } : null),
      'restored',
      at,
    ),
    events: [event(incident, 'restored', at)],
    snoozes: noSnoozes,
  };
}

/**
 * No notification for its metrics until the chosen number of days has passed, counted in calendar
 * days in the account's timezone (the same local time of day, across DST).
 */
export function snoozeIncident(incident: IncidentRecord, members: Members, days: SnoozeDays, timezone: string, now: Date): IncidentAction & { until: string } {
  if (incident.resolvedAt !== null) throw new AppError('invalid-input', 'A resolved incident cannot be snoozed.');
  const at = now.toISOString();
  const until = calendarDaysLater(now, days, timezone);
  const metrics = [...new Set(members.map((member) => member.metricId))];
  return {
    until,
    // A snooze also takes back a dismiss: the operator chose how long to be left alone.
    incident: { ...incident, snoozedUntil: until, dismissedAt: null },
    ...build(incident, members, () => ({ state: 'snoozed', patch: { snoozedUntil: until, dismissedAt: null } }), 'snoozed', at),
    events: [event(incident, 'snoozed', at, until)],
    snoozes: { set: metrics.map((metricId) => ({ accountId: incident.accountId, metricId, until })), clear: [] },
  };
}

/** Takes a snooze back: the members still down are active again and their metrics may speak. */
export function unsnoozeIncident(incident: IncidentRecord, members: Members, now: Date): IncidentAction {
  if (incident.snoozedUntil === null || Date.parse(incident.snoozedUntil) <= now.getTime()) throw new AppError('invalid-input', 'This incident is not snoozed.');
  const at = now.toISOString();
  const metrics = [...new Set(members.map((member) => member.metricId))];
  return {
    incident: { ...incident, snoozedUntil: null },
    ...build(incident, members, (member) => (member.state === 'snoozed' ? { state: 'active', patch: { snoozedUntil: null } } : null), 'unsnoozed', at),
    events: [event(incident, 'unsnoozed', at)],
    snoozes: { set: [], clear: metrics.map((metricId) => ({ accountId: incident.accountId, metricId })) },
  };
}
