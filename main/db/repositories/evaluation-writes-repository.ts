import type { Db } from '../connection';
import type { AlertRecord, AlertsRepository, Transition } from './alerts-repository';
import type { DiagnosesRepository, StoredDiagnosis } from './diagnoses-repository';
import type { IncidentsRepository, IncidentWrites } from './incidents-repository';
import type { ExtraKind, MonitorStatesRepository } from './monitor-states-repository';

/** Everything one evaluation of an account decided, to be stored as a whole. */
export interface EvaluationWrites {
  /** Each metric's monitor as the detector left it. */
  monitors: { metricId: string; state: unknown }[];
  /** The monitors of the other kinds (value, rise) as the detector left them. */
  kindMonitors: { metricId: string; kind: ExtraKind; state: unknown }[];
  upserts: readonly AlertRecord[];
  transitions: readonly Transition[];
  /** The account's diagnoses, replacing the previous ones. */
  diagnoses: readonly StoredDiagnosis[];
  /** Incidents opened, joined, re-estimated or resolved, with their timeline. */
  incidents: IncidentWrites;
  /** Metrics snoozed because a new drop joined a snoozed incident. */
  snoozes: readonly { accountId: string; metricId: string; until: string }[];
  /** When the evaluation ran (ISO), stamped on the monitors. */
  at: string;
}

export interface EvaluationWritesRepository {
  /**
   * Monitors, alerts, transitions, diagnoses and incidents in one transaction: a crash leaves the previous
   * evaluation whole, and the next sync simply evaluates again.
   */
  save(accountId: string, writes: EvaluationWrites): void;
}

export function createEvaluationWritesRepository(
  db: Db,
  repositories: {
    alerts: Pick<AlertsRepository, 'apply' | 'setSnooze'>;
    monitors: Pick<MonitorStatesRepository, 'set' | 'setKind'>;
    diagnoses: Pick<DiagnosesRepository, 'replace'>;
    incidents: Pick<IncidentsRepository, 'save'>;
  },
): EvaluationWritesRepository {
  // The repositories' own transactions nest inside this one (as savepoints).
  const save = db.transaction((accountId: string, writes: EvaluationWrites) => {
    for (const monitor of writes.monitors) repositories.monitors.set(accountId, monitor.metricId, monitor.state, writes.at);
    for (const monitor of writes.kindMonitors) repositories.monitors.setKind(accountId, monitor.metricId, monitor.kind, monitor.state, writes.at);
    repositories.alerts.apply(writes.upserts, writes.transitions);
    repositories.diagnoses.replace(accountId, writes.diagnoses);
    repositories.incidents.save(writes.incidents);
    for (const snooze of writes.snoozes) repositories.alerts.setSnooze(snooze);
  });
  return { save: (accountId, writes) => save(accountId, writes) };
}
