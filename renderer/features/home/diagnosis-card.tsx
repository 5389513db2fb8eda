import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Metric } from '../../../shared/domain/metric';
import { useRouter } from '../../lib/router-state';
import { AlertFigures } from '../alerts/alert-figures';
import { diagnosisText } from './diagnosis-text';

/**
 * One probable cause: what was seen, what it likely means, the flows that depend on it, and the
 * incident holding its metrics when there is one.
 */
export function DiagnosisCard({
  diagnosis,
  account,
  metrics,
  now,
  incidentId,
}: {
  diagnosis: Diagnosis;
  account: AccountSummary;
  metrics: readonly Metric[] | null;
  now: Date;
  incidentId?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const headingId = useId();
  const text = diagnosisText(diagnosis, { t, locale: i18n.language, timeZone: account.timezone, now, metrics });

  return (
    <li className="diagnosis-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="diagnosis-card__title">
          {text.title}
        </h3>
        <dl className="diagnosis-card__facts">
          <div>
            <dt>{t('homeScreen.diagnosis.metrics')}</dt>
            <dd>{text.metrics}</dd>
          </div>
          {text.since ? (
            <div>
              <dt>{t('homeScreen.diagnosis.since')}</dt>
              <dd>{text.since}</dd>
            </div>
          ) : null}
          {diagnosis.drops.length > 0 ? (
            <div>
              <dt>{t('homeScreen.diagnosis.depth')}</dt>
              {/* The figures of each metric's alert, as its banner shows them: the card has none of its own. */}
              {diagnosis.drops.map((drop) => (
                <dd key={drop.alertId} className="diagnosis-card__drop">
                  {diagnosis.drops.length > 1 ? <span className="diagnosis-card__drop-metric">{drop.metricName}</span> : null}
                  <AlertFigures alertId={drop.alertId} figures={drop.figures} timeZone={account.timezone} label={drop.metricName} />
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
        {text.evidence.map((sentence) => (
          <p key={sentence} className="diagnosis-card__evidence">
            {sentence}
          </p>
        ))}
        {text.statusPage ? (
          <p className="diagnosis-card__evidence">
            <a href={text.statusPage.url} target="_blank" rel="noreferrer">
              {text.statusPage.label}
            </a>{' '}
            <span className="diagnosis-card__url">({text.statusPage.url.replace(/^https?:\/\//, '')})</span>
          </p>
        ) : null}
        {diagnosis.flows.length > 0 ? (
          <>
            <h4 className="diagnosis-card__subtitle">{t('homeScreen.diagnosis.flows')}</h4>
            <ul className="diagnosis-card__flows">
              {diagnosis.flows.map((flow) => (
                <li key={flow.id}>
                  {flow.name}
                  {flow.status ? <span className="diagnosis-card__flow-status">{flowStatus(t, flow.status)}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {incidentId ? (
          <p className="diagnosis-card__actions">
            <button type="button" className="button button--small button--primary" aria-describedby={headingId} onClick={() => navigate('incident', incidentId)}>
              {t('incidentPage.viewIncident')}
            </button>
          </p>
        ) : null}
      </article>
    </li>
  );
}

function flowStatus(t: ReturnType<typeof useTranslation>['t'], status: string): string {
  return status === 'live' || status === 'manual' || status === 'draft' ? t(`homeScreen.flowStatus.${status}`) : status;
}
