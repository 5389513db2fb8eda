import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { SnoozeMenu } from '../home/snooze-menu';
import { useIncidentActions } from './use-incident-actions';

/**
 * What the operator can do about the incident from its page: dismiss or snooze it while it is
 * told, take a snooze or a dismiss back. Each action confirms itself in a toast offering Undo.
 * A resolved incident nobody muted has nothing left to act on.
 */
export function IncidentActions({ incident, describedBy }: { incident: Incident; describedBy: string }) {
  const { t } = useTranslation();
  const actions = useIncidentActions();
  const hintId = useId();
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  if (incident.mute === 'none' && incident.state === 'resolved') return null;
  const hint = incident.mute === 'dismissed' ? t('incidentPage.actions.dismissedHint') : incident.mute === 'snoozed' ? t('incidentPage.actions.snoozedHint') : null;
  const describe = hint ? `${describedBy} ${hintId}` : describedBy;

  return (
    <div className="incident-actions" role="group" aria-label={t('incidentPage.actions.label')}>
      {hint ? (
        <p id={hintId} className="incident-actions__hint">
          {hint}
        </p>
      ) : null}
      <div className="incident-actions__buttons">
        {incident.mute === 'dismissed' ? (
          <button type="button" className="button button--small button--primary" aria-describedby={describe} disabled={busy} onClick={() => void act(() => actions.restore(incident))}>
            {t('incidentPage.actions.restore')}
          </button>
        ) : (
          <>
            {incident.mute === 'snoozed' ? (
              <button type="button" className="button button--small button--primary" aria-describedby={describe} disabled={busy} onClick={() => void act(() => actions.unsnooze(incident))}>
                {t('incidentPage.actions.unsnooze')}
              </button>
            ) : (
              <SnoozeMenu describedBy={describe} disabled={busy} onSnooze={(days) => void act(() => actions.snooze(incident, days))} />
            )}
            <button type="button" className="button button--small" aria-describedby={describe} disabled={busy} onClick={() => void act(() => actions.dismiss(incident))}>
              {t('incidentPage.actions.dismiss')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
