import { z } from 'zod';
import type { Db } from '../connection';
import type { DiagnosisKind } from '../../../shared/domain/diagnosis';
import {
  estimateRangeSchema,
  type IncidentEventKind,
  type IncidentGrouping,
} from '../../../shared/domain/incident';
import { alertFromRow, type AlertRecord, type AlertRow, type AlertsRepository, type Transition } from './alerts-repository';

/** Each member's last estimate, by alert id; kept as JSON with the incident and parsed on the way out. */
export const storedIncidentCostSchema = z.object({
  /** End of the last complete hour counted (ISO). */
  through: z.string(),
  final: z.boolean(),
  members: z.record(z.string(), z.object({ missingEvents: estimateRangeSchema, missingValue: estimateRangeSchema.nullable() })),
});
export type StoredIncidentCost = z.infer<typeof storedIncidentCostSchema>;

/** An incident as the evaluation and the operator's actions see it. */
export interface IncidentRecord {
  id: string;
  accountId: string;
  grouping: IncidentGrouping;
  start: string;
  firedAt: string;
  /** When its last member was back to normal; null while one is down. */
  endAt: string | null;
  resolvedAt: string | null;
  diagnosisKind: DiagnosisKind | null;
  snoozedUntil: string | null;
  dismissedAt: string | null;
  readAt: string | null;
  notifiedAt: string | null;
  cost: StoredIncidentCost;
}

export interface IncidentEventRecord {
  incidentId: string;
  at: string;
  kind: IncidentEventKind;
  metricId: string | null;
  by: 'detector' | 'this-computer';
  until: string | null;
}

/** What an evaluation or an action decided about incidents, written together. */
export interface IncidentWrites {
  incidents: readonly IncidentRecord[];
  /** Alerts joining an incident. */
  assign: readonly { alertId: string; incidentId: string }[];
  events: readonly IncidentEventRecord[];
}

/** An operator's action: the incident, its members' new states and the metrics' snoozes, at once. */
export interface IncidentAction {
  incident: IncidentRecord;
  upserts: readonly AlertRecord[];
  transitions: readonly Transition[];
  events: readonly IncidentEventRecord[];
  snoozes: { set: readonly { accountId: string; metricId: string; until: string }[]; clear: readonly { accountId: string; metricId: string }[] };
}

export interface IncidentsRepository {
  get(id: string): IncidentRecord | undefined;
  /** Not yet resolved (ongoing or recovering), oldest first. */
  open(accountId: string): IncidentRecord[];
  /** Open ones first, then ended ones, each newest first; every account when null. */
  list(accountId: string | null, limit: number): IncidentRecord[];
  members(incidentId: string): AlertRecord[];
  /** Alerts no incident holds yet (recorded before incidents existed, or just fired), oldest start first. */
  unassigned(accountId: string): AlertRecord[];
  events(incidentId: string): IncidentEventRecord[];
  save(writes: IncidentWrites): void;
  act(action: IncidentAction): void;
  /** Marks the incidents read (those not read yet); how many changed. */
  markRead(ids: readonly string[], at: string): number;
}

interface IncidentRow {
  id: string;
  account_id: string;
  grouping: IncidentGrouping;
  start: string;
  fired_at: string;
  end_at: string | null;
  resolved_at: string | null;
  diagnosis_kind: DiagnosisKind | null;
  snoozed_until: string | null;
  dismissed_at: string | null;
  read_at: string | null;
  notified_at: string | null;
  cost: string;
}

const emptyCost = (through: string): StoredIncidentCost => ({ through, final: false, members: {} });

function parseCost(text: string, fallbackThrough: string): StoredIncidentCost {
  try {
    const parsed = storedIncidentCostSchema.safeParse(JSON.parse(text));
    // A damaged estimate is re-estimated by the next evaluation; the incident itself stays.
    return parsed.success ? parsed.data : emptyCost(fallbackThrough);
  } catch {
    return emptyCost(fallbackThrough);
  }
}

const fromRow = (row: IncidentRow): IncidentRecord => ({
  id: row.id,
  accountId: row.account_id,
  grouping: row.grouping,
  start: row.start,
  firedAt: row.fired_at,
  endAt: row.end_at,
  resolvedAt: row.resolved_at,
  diagnosisKind: row.diagnosis_kind,
  snoozedUntil: row.snoozed_until,
  dismissedAt: row.dismissed_at,
  readAt: row.read_at,
  notifiedAt: row.notified_at,
  cost: parseCost(row.cost, row.start),
});

export function createIncidentsRepository(db: Db, alerts: Pick<AlertsRepository, 'apply'>): IncidentsRepository {
  const upsert = db.prepare(`
    INSERT INTO incidents (id, account_id, grouping, start, fired_at, end_at, resolved_at, diagnosis_kind, snoozed_until, dismissed_at, read_at, notified_at, cost)
    VALUES (@id, @accountId, @grouping, @start, @firedAt, @endAt, @resolvedAt, @diagnosisKind, @snoozedUntil, @dismissedAt, @readAt, @notifiedAt, @cost)
    ON CONFLICT (id) DO UPDATE SET
      grouping = excluded.grouping, start = excluded.start, end_at = excluded.end_at, resolved_at = excluded.resolved_at,
      diagnosis_kind = excluded.diagnosis_kind, snoozed_until = excluded.snoozed_until, dismissed_at = excluded.dismissed_at,
      read_at = excluded.read_at, notified_at = excluded.notified_at, cost = excluded.cost
  `);
  const assign = db.prepare<[string, string]>('UPDATE alerts SET incident_id = ? WHERE id = ?');
  const insertEvent = db.prepare<[string, string, string, string | null, string, string | null]>(
    'INSERT INTO incident_events (incident_id, at, kind, metric_id, by, until) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const getRow = db.prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE id = ?');
  const openRows = db.prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE account_id = ? AND resolved_at IS NULL ORDER BY start, id');
  const listRows = db.prepare<[{ account: string | null; limit: number }], IncidentRow>(`
    SELECT * FROM incidents WHERE @account IS NULL OR account_id = @account
    ORDER BY resolved_at IS NOT NULL, start DESC, id LIMIT @limit
  `);
  const memberRows = db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE incident_id = ? ORDER BY start, fired_at, id');
  const unassignedRows = db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE account_id = ? AND incident_id IS NULL ORDER BY start, fired_at, id');
  const eventRows = db.prepare<[string], { incident_id: string; at: string; kind: IncidentEventKind; metric_id: string | null; by: 'detector' | 'this-computer'; until: string | null }>(
    'SELECT incident_id, at, kind, metric_id, by, until FROM incident_events WHERE incident_id = ? ORDER BY at, id',
  );
  const setSnooze = db.prepare<[string, string, string]>(
    'INSERT INTO metric_snoozes (account_id, metric_id, until) VALUES (?, ?, ?) ON CONFLICT (account_id, metric_id) DO UPDATE SET until = excluded.until',
  );
  const clearSnooze = db.prepare<[string, string]>('DELETE FROM metric_snoozes WHERE account_id = ? AND metric_id = ?');
  const markReadRow = db.prepare<[string, string]>('UPDATE incidents SET read_at = ? WHERE id = ? AND read_at IS NULL');

  const writeIncident = (incident: IncidentRecord) => upsert.run({ ...incident, cost: JSON.stringify(incident.cost) });
  const writeEvents = (events: readonly IncidentEventRecord[]) => {
    for (const e of events) insertEvent.run(e.incidentId, e.at, e.kind, e.metricId, e.by, e.until);
  };

  const save = db.transaction((writes: IncidentWrites) => {
    for (const incident of writes.incidents) writeIncident(incident);
    for (const { alertId, incidentId } of writes.assign) assign.run(incidentId, alertId);
    writeEvents(writes.events);
  });

  const act = db.transaction((action: IncidentAction) => {
    writeIncident(action.incident);
    alerts.apply(action.upserts, action.transitions);
    for (const s of action.snoozes.set) setSnooze.run(s.accountId, s.metricId, s.until);
    for (const s of action.snoozes.clear) clearSnooze.run(s.accountId, s.metricId);
    writeEvents(action.events);
  });

  const markRead = db.transaction((ids: readonly string[], at: string) => ids.reduce((changed, id) => changed + markReadRow.run(at, id).changes, 0));

  return {
    get: (id) => {
      const row = getRow.get(id);
      return row ? fromRow(row) : undefined;
    },
    open: (accountId) => openRows.all(accountId).map(fromRow),
    list: (accountId, limit) => listRows.all({ account: accountId, limit }).map(fromRow),
    members: (incidentId) => memberRows.all(incidentId).map(alertFromRow),
    unassigned: (accountId) => unassignedRows.all(accountId).map(alertFromRow),
    events: (incidentId) =>
      eventRows.all(incidentId).map((row) => ({ incidentId: row.incident_id, at: row.at, kind: row.kind, metricId: row.metric_id, by: row.by, until: row.until })),
    save: (writes) => save(writes),
    act: (action) => act(action),
    markRead: (ids, at) => markRead(ids, at),
  };
}
