import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentCost as Cost } from '../../../shared/domain/incident';
import { incidentCostText, type CostContext } from './incident-cost-text';

/** What the incident cost, each figure with its range, labelled as still counting or final. */
export function IncidentCost({ cost, context }: { cost: Cost; context: CostContext }) {
  const { t } = useTranslation();
  const headingId = useId();
  const text = incidentCostText(cost, context);
  return (
    <section className="incident-section incident-cost" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-section__title">
        {t('incidentPage.cost.heading')}
      </h2>
      <p className={`incident-cost__label${cost.final ? '' : ' incident-cost__label--live'}`}>{text.label}</p>
      <dl className="incident-facts">
        <div>
          <dt>{t('incidentPage.cost.eventsLabel')}</dt>
          <dd data-cost="events">{text.events}</dd>
        </div>
        {text.revenue ? (
          <div>
            <dt>{t('incidentPage.cost.revenueLabel')}</dt>
            <dd data-cost="revenue">{text.revenue}</dd>
          </div>
        ) : null}
      </dl>
      <p className="incident-section__note">{t('incidentPage.cost.note')}</p>
    </section>
  );
}
