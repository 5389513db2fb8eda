import type { DiagnosisKind } from '../../shared/domain/diagnosis';
import type { AlertRecord, Transition } from '../db/repositories/alerts-repository';
import type { IncidentEventRecord, IncidentRecord, IncidentWrites, StoredIncidentCost } from '../db/repositories/incidents-repository';
import { placeDrop, strongerGrouping, type GroupedDrop } from './incident-grouping';

const HOUR_MS = 3_600_000;

/** What assembly knows of a metric. */
export interface AssemblyMetric {
  name: string;
  integrationName: string | null;
  integrationCategory: string | null;
}

export interface AssemblyInput {
  accountId: string;
  now: Date;
  /** Hours every member must stay back to normal before the incident is resolved. */
  recoveryHours: number;
  metrics: ReadonlyMap<string, AssemblyMetric>;
  /** The account's diagnoses after this evaluation. */
  diagnoses: readonly { kind: DiagnosisKind; metricIds: readonly string[] }[];
  /** Open incidents with their members as this evaluation left them. */
  open: readonly { incident: IncidentRecord; members: readonly AlertRecord[] }[];
  /** Alerts no incident holds yet, as this evaluation left them, oldest start first. */
  unassigned: readonly AlertRecord[];
  /** Alerts the lifecycle wants announced now (new episodes, snoozes run out on a live drop). */
  announce: ReadonlySet<string>;
  /** Alerts that came back from a snooze in this evaluation. */
  snoozeExpired: ReadonlySet<string>;
  /** Alerts that recovered in this evaluation. */
  recovered: ReadonlySet<string>;
  /** Metrics unmuted in this evaluation, each with the end its mute had: an incident muted by it ends its mute too. */
  unmuted?: ReadonlyMap<string, string>;
  /** Re-estimates an incident's cost from its members (final once it resolves). */
  cost(members: readonly AlertRecord[], previous: StoredIncidentCost | null, final: boolean): StoredIncidentCost;
  newId(): string;
}

export interface AssemblyResult {
  writes: IncidentWrites;
  /** Members whose state follows their incident's mute (a new drop joining a snoozed or dismissed incident). */
  upserts: AlertRecord[];
  transitions: Transition[];
  snoozes: { accountId: string; metricId: string; until: string }[];
  /** Incidents to tell the operator about now: new and under way, or back from a snooze. */
  notify: string[];
  /** Incidents resolved now that the operator had been told about. */
  resolved: string[];
  /** Whether any open incident's cost moved (the screens must re-read it). */
  costChanged: boolean;
}

interface Working {
  incident: IncidentRecord;
  members: AlertRecord[];
  isNew: boolean;
}

/**
 * After the alert lifecycle of an evaluation: new drops join an open incident that shares their
 * cause or open one of their own; each open incident's state, diagnosis and cost are brought up
 * to date; an incident whose members have all been back to normal for the recovery time is
 * resolved; and it is decided which incidents are news (one notification per incident, not per
 * metric). Pure: records in, records out.
 */
export function assembleIncidents(input: AssemblyInput): AssemblyResult {
  const at = input.now.toISOString();
  const events: IncidentEventRecord[] = [];
  const assign: { alertId: string; incidentId: string }[] = [];
  const upserts: AlertRecord[] = [];
  const transitions: Transition[] = [];
  const snoozes: AssemblyResult['snoozes'] = [];
  const working: Working[] = input.open.map(({ incident, members }) => ({ incident: { ...incident }, members: [...members], isNew: false }));
  const drop = (alert: AlertRecord): GroupedDrop => {
    const metric = input.metrics.get(alert.metricId);
    return {
      metricId: alert.metricId,
      kind: alert.kind,
      metricName: metric?.name ?? alert.metricId,
      integrationName: metric?.integrationName ?? null,
      integrationCategory: metric?.integrationCategory ?? null,
      start: alert.start,
    };
  };

  for (const alert of input.unassigned) {
    const open = working.filter((w) => w.incident.resolvedAt === null);
    const place = placeDrop(
      drop(alert),
      open.map((w) => ({ id: w.incident.id, start: w.incident.start, members: w.members.map(drop) })),
      input.diagnoses,
    );
    const target = place ? open.find((w) => w.incident.id === place.incidentId) : undefined;
    if (target && place) {
      target.incident.grouping = strongerGrouping(target.incident.grouping, place.grouping);
      if (alert.start < target.incident.start) target.incident.start = alert.start;
      const joined = followMute(alert, target.incident, input.now, transitions, snoozes);
      upserts.push(...(joined === alert ? [] : [joined]));
      // A drop recorded muted (its metric is muted) joining an incident nothing else keeps alive:
      // the incident follows that mute, as one the drop opened would.
      const quiet = target.incident.snoozedUntil === null && target.incident.dismissedAt === null && target.members.every((member) => member.state === 'resolved');
      if (quiet && joined.state === 'snoozed' && joined.snoozedUntil !== null) target.incident.snoozedUntil = joined.snoozedUntil;
      target.members.push(joined);
      events.push({ incidentId: target.incident.id, at: knownAt(alert), kind: 'joined', metricId: alert.metricId, by: 'detector', until: null });
    } else {
      const incident: IncidentRecord = {
        id: input.newId(),
        accountId: input.accountId,
        grouping: 'single',
        start: alert.start,
        firedAt: alert.firedAt,
        endAt: null,
        resolvedAt: null,
        diagnosisKind: null,
        snoozedUntil: alert.state === 'snoozed' ? alert.snoozedUntil : null,
        dismissedAt: alert.state === 'dismissed' ? alert.dismissedAt : null,
        readAt: null,
        notifiedAt: null,
        cost: { through: alert.start, final: false, members: {} },
      };
      working.push({ incident, members: [alert], isNew: true });
      events.push({ incidentId: incident.id, at: knownAt(alert), kind: 'fired', metricId: alert.metricId, by: 'detector', until: null });
    }
    assign.push({ alertId: alert.id, incidentId: (target ?? working[working.length - 1]!).incident.id });
  }

  const notify: string[] = [];
  const resolved: string[] = [];
  let costChanged = 0;
  for (const w of working) {
    const { incident, members } = w;
    for (const member of members) {
      if (input.recovered.has(member.id) && member.resolvedAt) {
        events.push({ incidentId: incident.id, at: member.resolvedAt, kind: 'recovered', metricId: member.metricId, by: 'detector', until: null });
      }
    }
    // An incident that followed a metric's mute is unmuted with the metric.
    if (incident.snoozedUntil !== null && members.some((member) => input.unmuted?.get(member.metricId) === incident.snoozedUntil)) {
      incident.snoozedUntil = input.now.toISOString();
    }
    // A snooze that has run out: the incident speaks again if its drop is still under way.
    if (incident.snoozedUntil !== null && Date.parse(incident.snoozedUntil) <= input.now.getTime()) {
      events.push({ incidentId: incident.id, at: incident.snoozedUntil, kind: 'snooze-expired', metricId: null, by: 'detector', until: null });
      incident.snoozedUntil = null;
    }
    const diagnosis = bestDiagnosis(input.diagnoses, members);
    if (diagnosis) {
      incident.diagnosisKind = diagnosis;
      incident.grouping = members.length > 1 ? strongerGrouping(incident.grouping, 'diagnosis') : incident.grouping;
    }
    const down = members.filter((member) => member.state !== 'resolved');
    incident.endAt = down.length > 0 ? null : latest(members.map((member) => member.resolvedAt ?? member.firedAt));
    const resolvesAt = incident.endAt === null ? null : Date.parse(incident.endAt) + input.recoveryHours * HOUR_MS;
    const resolving = resolvesAt !== null && resolvesAt <= input.now.getTime();
    const before = JSON.stringify(incident.cost);
    incident.cost = input.cost(members, w.isNew ? null : incident.cost, resolving);
    if (JSON.stringify(incident.cost) !== before) costChanged += 1;
    if (resolving) {
      incident.resolvedAt = new Date(resolvesAt).toISOString();
      events.push({ incidentId: incident.id, at: incident.resolvedAt, kind: 'resolved', metricId: null, by: 'detector', until: null });
      if (incident.notifiedAt !== null && incident.dismissedAt === null && incident.snoozedUntil === null) resolved.push(incident.id);
      continue;
    }
    const muted = incident.dismissedAt !== null || incident.snoozedUntil !== null;
    const news = members.some((member) => input.announce.has(member.id) && member.state === 'active');
    const backFromSnooze = members.some((member) => input.snoozeExpired.has(member.id));
    if (!muted && down.length > 0 && news && (incident.notifiedAt === null || backFromSnooze)) {
      incident.notifiedAt = at;
      events.push({ incidentId: incident.id, at, kind: 'notified', metricId: null, by: 'detector', until: null });
      notify.push(incident.id);
    }
  }

  return { writes: { incidents: working.map((w) => w.incident), assign, events }, upserts, transitions, snoozes, notify, resolved, costChanged: costChanged > 0 };
}

/**
 * A new drop joining an incident the operator has muted is muted the same way: the cause was
 * already acknowledged. Its metric is snoozed as long as the incident is.
 */
function followMute(
  alert: AlertRecord,
  incident: IncidentRecord,
  now: Date,
  transitions: Transition[],
  snoozes: AssemblyResult['snoozes'],
): AlertRecord {
  if (alert.state !== 'active') return alert;
  const at = now.toISOString();
  if (incident.dismissedAt !== null) {
    transitions.push({ alertId: alert.id, from: 'active', to: 'dismissed', at, reason: 'muted-with-incident' });
    return { ...alert, state: 'dismissed', dismissedAt: at };
  }
  if (incident.snoozedUntil !== null && Date.parse(incident.snoozedUntil) > now.getTime()) {
    transitions.push({ alertId: alert.id, from: 'active', to: 'snoozed', at, reason: 'muted-with-incident' });
    snoozes.push({ accountId: alert.accountId, metricId: alert.metricId, until: incident.snoozedUntil });
    return { ...alert, state: 'snoozed', snoozedUntil: incident.snoozedUntil };
  }
  return alert;
}

/** The diagnosis naming the most of the members (at least one), if any. */
function bestDiagnosis(diagnoses: AssemblyInput['diagnoses'], members: readonly AlertRecord[]): DiagnosisKind | null {
  // Diagnoses explain counts; a value drop or a harmful rise on a diagnosed metric is not theirs.
  const ids = new Set(members.filter((member) => member.kind === 'count-down').map((member) => member.metricId));
  let best: { kind: DiagnosisKind; covered: number } | null = null;
  for (const diagnosis of diagnoses) {
    const covered = diagnosis.metricIds.filter((id) => ids.has(id)).length;
    if (covered > 0 && (best === null || covered > best.covered)) best = { kind: diagnosis.kind, covered };
  }
  return best?.kind ?? null;
}

/**
 * When a drop became known: the end of the hour it fired at (`firedAt` is that hour's start), the
 * moment the figures call "when it fired".
 */
const knownAt = (alert: AlertRecord) => new Date(Date.parse(alert.firedAt) + HOUR_MS).toISOString();

const latest = (times: readonly string[]) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
