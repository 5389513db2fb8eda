import type { SnoozeDays } from '../../shared/domain/alert';
import type { Incident } from '../../shared/domain/incident';

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
