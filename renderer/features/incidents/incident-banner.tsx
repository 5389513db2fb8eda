import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnoozeDays } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { useRouter } from '../../lib/router-state';
import { AlertFigures } from '../alerts/alert-figures';
import { SnoozeMenu } from '../home/snooze-menu';
import { costSentence } from './incident-cost-text';
import { flowsFocus } from './incident-selectors';
import { headlineMember, incidentBannerText, memberLabel, moreMetricsText } from './incident-text';
import { useAlerts } from '../alerts/alerts-state';

export interface IncidentBannerActions {
  dismiss(incident: Incident): Promise<void>;
  snooze(incident: Incident, days: SnoozeDays): Promise<void>;
}

/**
 * One open incident at the top of Home: its headline metric and how many others dropped with it,
 * the headline's figures, what it has cost so far, and the ways on (its page, its flows when
 * there are any, troubleshooting) and to act on the whole incident at once.
 */
export function IncidentBanner({
  incident,
  metrics,
  timeZone,
  currency,
  now,
  actions,
}: {
  incident: Incident;
  metrics: readonly Metric[] | null;
  timeZone: string;
  currency: string | null;
  now: Date;
  actions: IncidentBannerActions;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useRouter((state) => state.navigate);
  const alerts = useAlerts((state) => state.alerts);
  const textId = useId();
  const [busy, setBusy] = useState(false);
  const context = { t, locale, timeZone, now, metrics };
  const head = headlineMember(incident);
  const more = moreMetricsText(incident, context);
  const cost = costSentence(incident.cost, { t, locale, timeZone, now, accountCurrency: currency });

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="alert-banner incident-banner" data-incident-id={incident.id}>
      <span className="alert-banner__mark" aria-hidden="true">
        ▼
      </span>
      <div className="alert-banner__body">
        <p id={textId} className="alert-banner__text">
          {incidentBannerText(incident, context)}
        </p>
        {more ? <p className="alert-banner__more">{more}</p> : null}
        <AlertFigures alertId={head.alertId} figures={head.figures} timeZone={timeZone} label={t('incidentPage.members.figuresLabel', { metric: memberLabel(head, context) })} />
        <p className="alert-banner__cost">{cost}</p>
        <div className="alert-banner__actions">
          <button type="button" className="button button--small button--primary" aria-describedby={textId} onClick={() => navigate('incident', incident.id)}>
            {t('incidentPage.viewIncident')}
          </button>
          {incident.affectedFlows.length > 0 ? (
            <button type="button" className="button button--small" aria-describedby={textId} onClick={() => navigate('flows', flowsFocus(incident, alerts))}>
              {t('homeScreen.viewFlows')}
            </button>
          ) : null}
          <button type="button" className="button button--small" aria-describedby={textId} onClick={() => navigate('wizards', head.alertId)}>
            {t('homeScreen.troubleshoot')}
          </button>
          <button type="button" className="button button--small" aria-describedby={textId} disabled={busy} onClick={() => void act(() => actions.dismiss(incident))}>
            {t('homeScreen.dismiss')}
          </button>
          <SnoozeMenu describedBy={textId} disabled={busy} onSnooze={(days) => void act(() => actions.snooze(incident, days))} />
        </div>
      </div>
    </li>
  );
}
