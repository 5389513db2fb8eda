import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Incident } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { incidentHoldingMetrics } from '../incidents/incident-selectors';
import { DiagnosisCard } from './diagnosis-card';

/** The account's current diagnoses, one card each, leading to the incident that holds their metrics; nothing at all when there is none. */
export function DiagnosisCards({
  account,
  diagnoses,
  incidents,
  metrics,
  now,
}: {
  account: AccountSummary;
  diagnoses: Diagnosis[];
  incidents: readonly Incident[];
  metrics: readonly Metric[] | null;
  now: Date;
}) {
  const { t } = useTranslation();
  if (diagnoses.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-diagnoses-heading">
      <h2 id="home-diagnoses-heading" className="home-section__title">
        {t('homeScreen.diagnosesHeading')}
      </h2>
      <ul className="diagnosis-cards">
        {diagnoses.map((diagnosis) => (
          <DiagnosisCard
            key={`${diagnosis.kind}:${diagnosis.metricIds.join(',')}`}
            diagnosis={diagnosis}
            account={account}
            metrics={metrics}
            now={now}
            incidentId={incidentHoldingMetrics(incidents, account.id, diagnosis.metricIds)?.id}
          />
        ))}
      </ul>
    </section>
  );
}
