import type { SnoozeDays } from '../../shared/domain/alert';
import { AppError } from '../../shared/domain/errors';
import type { Incident } from '../../shared/domain/incident';
import type { IncidentAction, IncidentRecord, IncidentsRepository } from '../db/repositories/incidents-repository';
import type { Clock } from '../ports';
import { dismissIncident, restoreIncident, snoozeIncident, unsnoozeIncident } from './incident-lifecycle';
import type { IncidentView } from './incident-views';

/** Incidents as the bridge calls them: the screens' reads and the operator's actions on a whole incident. */
export interface IncidentService {
  /** Newest first: open incidents, then ended ones, up to `limit`. */
  list(filter?: { accountId?: string; limit?: number }): Incident[];
  get(incidentId: string): Incident;
  dismiss(incidentId: string): Incident;
  restore(incidentId: string): Incident;
  snooze(incidentId: string, days: SnoozeDays): Incident;
  unsnooze(incidentId: string): Incident;
  markRead(incidentIds: readonly string[]): number;
}

export interface IncidentServiceDeps {
  incidents: Pick<IncidentsRepository, 'get' | 'list' | 'members' | 'act' | 'markRead'>;
  view: IncidentView;
  clock: Clock;
  /** The account's timezone, in which a snooze counts its calendar days. */
  timezoneOf(accountId: string): string | null;
}

/**
 * Reads and actions on incidents: one repository transaction per action (the incident, its
 * members' states and their metrics' snoozes together). Announcing the change is the bridge's job.
 */
export function createIncidentService(deps: IncidentServiceDeps): IncidentService {
  const requireRecord = (incidentId: string): IncidentRecord => {
    const record = deps.incidents.get(incidentId);
    if (!record) throw new AppError('not-found', `No incident ${incidentId}.`);
    return record;
  };
  // An incident whose metrics were all removed from the account has nothing left to show.
  const viewOrNull = (record: IncidentRecord): Incident | null => {
    if (deps.incidents.members(record.id).length === 0) return null;
    return deps.view(record);
  };
  const act = (action: IncidentAction): Incident => {
    deps.incidents.act(action);
    return deps.view(action.incident);
  };
  const now = () => deps.clock.now();

  return {
    list(filter = {}) {
      return deps.incidents
        .list(filter.accountId ?? null, filter.limit ?? 200)
        .map(viewOrNull)
        .filter((incident): incident is Incident => incident !== null);
    },
    get(incidentId) {
      const incident = viewOrNull(requireRecord(incidentId));
      if (!incident) throw new AppError('not-found', `No incident ${incidentId}.`);
      return incident;
    },
    dismiss(incidentId) {
      const record = requireRecord(incidentId);
      return act(dismissIncident(record, deps.incidents.members(record.id), now()));
    },
    restore(incidentId) {
      const record = requireRecord(incidentId);
      return act(restoreIncident(record, deps.incidents.members(record.id), now()));
    },
    snooze(incidentId, days) {
      const record = requireRecord(incidentId);
      const timezone = deps.timezoneOf(record.accountId);
      if (timezone === null) throw new AppError('not-found', `No account ${record.accountId}.`);
      return act(snoozeIncident(record, deps.incidents.members(record.id), days, timezone, now()));
    },
    unsnooze(incidentId) {
      const record = requireRecord(incidentId);
      return act(unsnoozeIncident(record, deps.incidents.members(record.id), now()));
    },
    markRead(incidentIds) {
      return deps.incidents.markRead(incidentIds, now().toISOString());
    },
  };
}
