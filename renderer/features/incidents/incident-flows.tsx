import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useRouter } from '../../lib/router-state';
import { useAlerts } from '../alerts/alerts-state';
import { flowsFocus, flowsLiveFirst } from './incident-selectors';
import { klaviyoFlowUrl } from './klaviyo-links';
import { useShowAccount } from './use-show-account';

/**
 * The flows the incident's metrics trigger, live first, each with a link to it on the platform,
 * and the way to the Flows screen. Absent, button and all, when no flow is affected.
 */
export function IncidentFlows({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useRouter((state) => state.navigate);
  const alerts = useAlerts((state) => state.alerts);
  const showAccount = useShowAccount();
  if (incident.affectedFlows.length === 0) return null;
  const flows = flowsLiveFirst(incident.affectedFlows);

  const viewFlows = async () => {
    // The Flows screen shows the current account's flows: the incident's account becomes current.
    await showAccount(incident.accountId);
    navigate('flows', flowsFocus(incident, alerts));
  };

  return (
    <section className="incident-section incident-flows" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-section__title">
        {t('incidentPage.flows.heading')}
      </h2>
      <p className="incident-section__note">{t('incidentPage.flows.intro')}</p>
      <ul className="incident-flows__list">
        {flows.map((flow) => (
          <li key={flow.id} className="incident-flows__item">
            <span className="incident-flows__name">{flow.name}</span>
            {flow.status ? <span className="incident-badge">{flowStatus(t, flow.status)}</span> : null}
            <a
              className="incident-link"
              href={klaviyoFlowUrl(flow.id)}
              target="_blank"
              rel="noreferrer noopener"
              aria-label={t('incidentPage.flows.openInKlaviyoLabel', { flow: flow.name })}
            >
              {t('incidentPage.members.openInKlaviyo')}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="button button--small button--primary" onClick={() => void viewFlows()}>
          {t('incidentPage.flows.viewFlows')}
        </button>
      </p>
    </section>
  );
}

function flowStatus(t: ReturnType<typeof useTranslation>['t'], status: string): string {
  return status === 'live' || status === 'manual' || status === 'draft' ? t(`homeScreen.flowStatus.${status}`) : status;
}
