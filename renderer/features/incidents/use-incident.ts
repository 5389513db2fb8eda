import { useRef } from 'react';
import { entityIdSchema } from '../../../shared/domain/ids';
import type { Incident } from '../../../shared/domain/incident';
import { bridge, unwrap } from '../../lib/bridge';
import { useLoad } from '../../lib/use-load';
import { useAlerts } from '../alerts/alerts-state';

export type IncidentLookup =
  | { status: 'loading' }
  | { status: 'ready'; incident: Incident }
  | { status: 'not-found' }
  | { status: 'error'; errorKey: string; retry(): void };

/**
 * The incident the page shows: the one the alerts state holds (kept fresh by its change events),
 * else, once that state is in and does not hold it (an older one, opened from the notification
 * centre), read on its own with `incidents:get` and read again whenever the alerts state changes
 * (an action taken on it, a sync). An unknown id is `not-found`, not an error.
 */
export function useIncident(incidentId: string | undefined): IncidentLookup {
  const incidents = useAlerts((state) => state.incidents);
  const loaded = useAlerts((state) => state.loaded);
  const known = incidentId ? incidents.find((incident) => incident.id === incidentId) : undefined;

  // Each new list from the alerts state is a reason to read a fetched incident again.
  const version = useRef({ incidents, count: 0 });
  if (version.current.incidents !== incidents) version.current = { incidents, count: version.current.count + 1 };

  const key = incidentId && entityIdSchema.safeParse(incidentId).success && loaded && !known ? incidentId : null;
  const { state, refresh } = useLoad(key, () => unwrap(bridge().incidents.get({ incidentId: incidentId ?? '' })), String(version.current.count));

  // A hand-typed address that is no id at all names no incident: it is not asked for.
  if (!incidentId || !entityIdSchema.safeParse(incidentId).success) return { status: 'not-found' };
  if (known) return { status: 'ready', incident: known };
  if (!loaded || state.status === 'loading' || state.status === 'idle') return { status: 'loading' };
  if (state.status === 'ready') return { status: 'ready', incident: state.value };
  if (state.errorKey === 'errors.not-found') return { status: 'not-found' };
  return { status: 'error', errorKey: state.errorKey, retry: refresh };
}
