import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, SnoozeDays } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';
import { useRouter } from '../../lib/router-state';
import { AlertFigures } from '../alerts/alert-figures';
import { alertBannerText } from './alert-banner-text';
import { formatList } from './home-format';
import { SnoozeMenu } from './snooze-menu';

export interface BannerActions {
  dismiss(alert: Alert): Promise<void>;
  snooze(alert: Alert, days: SnoozeDays): Promise<void>;
}

/** One active alert no incident holds, at the top of Home: what dropped, and the ways to act on it. */
export function AlertBanner({
  alert,
  metrics,
  timeZone,
  now,
  actions,
}: {
  alert: Alert;
  metrics: readonly Metric[] | null;
  timeZone: string;
  now: Date;
  actions: BannerActions;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const textId = useId();
  const [busy, setBusy] = useState(false);
  const text = alertBannerText(alert, { t, locale: i18n.language, timeZone, now, metrics });
  const flows = alert.affectedFlows.map((flow) => flow.name);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="alert-banner">
      <span className="alert-banner__mark" aria-hidden="true">
        ▼
      </span>
      <div className="alert-banner__body">
        <p id={textId} className="alert-banner__text">
          {text}
        </p>
        <AlertFigures alertId={alert.id} figures={alert.figures} timeZone={timeZone} />
        <p className="alert-banner__flows">
          {flows.length > 0 ? t('homeScreen.flowsAffected', { flows: formatList(flows, i18n.language) }) : t('homeScreen.noFlowsAffected')}
        </p>
        <div className="alert-banner__actions">
          {/* Never offered where it would lead to an empty list. */}
          {flows.length > 0 ? (
            <button type="button" className="button button--small button--primary" aria-describedby={textId} onClick={() => navigate('flows', alert.metricId)}>
              {t('homeScreen.viewFlows')}
            </button>
          ) : null}
          <button type="button" className="button button--small" aria-describedby={textId} onClick={() => navigate('wizards', alert.id)}>
            {t('homeScreen.troubleshoot')}
          </button>
          <button type="button" className="button button--small" aria-describedby={textId} disabled={busy} onClick={() => void act(() => actions.dismiss(alert))}>
            {t('homeScreen.dismiss')}
          </button>
          <SnoozeMenu describedBy={textId} disabled={busy} onSnooze={(days) => void act(() => actions.snooze(alert, days))} />
        </div>
      </div>
    </li>
  );
}
