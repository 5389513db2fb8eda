import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { incidentHeadline } from '../notifications/incident-text';
import { takeBackOf } from './incident-take-back';
import { useIncidentActions } from './use-incident-actions';

/**
 * Unsnooze or Restore, whichever takes back what was done to the incident; nothing when there is
 * nothing to take back. The button goes with the mute: `onDone` tells the caller where the
 * keyboard should land instead.
 */
export function TakeBackButton({ incident, onDone }: { incident: Incident; onDone?: () => void }) {
  const { t } = useTranslation();
  const actions = useIncidentActions();
  const [busy, setBusy] = useState(false);
  const kind = takeBackOf(incident);
  if (!kind) return null;
  const metric = incidentHeadline(incident, t);
  const take = async () => {
    setBusy(true);
    const done = kind === 'unsnooze' ? await actions.unsnooze(incident) : await actions.restore(incident);
    setBusy(false);
    if (done) onDone?.();
  };
  return (
    <button
      type="button"
      className="button button--small"
      disabled={busy}
      aria-label={t(kind === 'unsnooze' ? 'incidentSettings.unsnoozeNamed' : 'incidentSettings.restoreNamed', { metric })}
      onClick={() => void take()}
    >
      {t(kind === 'unsnooze' ? 'incidentSettings.unsnooze' : 'incidentSettings.restore')}
    </button>
  );
}
