import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { useRouter } from '../../lib/router-state';
import { useAlerts } from '../alerts/alerts-state';
import { diagnosisText } from '../home/diagnosis-text';
import { useWizards } from '../wizards/wizards-state';
import { incidentDiagnosis } from './incident-selectors';
import { incidentWizardStart } from './incident-wizard';
import { useShowAccount } from './use-show-account';

/**
 * The probable cause the incident was grouped by, with its evidence as Home's card words it, and
 * its next step: the matching wizard, started on this incident's metric, platform and span.
 * When the detector no longer reports the cause, its kind is still named and the wizard offered.
 */
export function IncidentDiagnosis({ incident, timeZone, metrics, now }: { incident: Incident; timeZone: string; metrics: readonly Metric[] | null; now: Date }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const diagnoses = useAlerts((state) => state.diagnoses);
  const startWizard = useWizards((state) => state.start);
  const navigate = useRouter((state) => state.navigate);
  const showAccount = useShowAccount();
  const [busy, setBusy] = useState(false);
  if (!incident.diagnosisKind) return null;

  const diagnosis = incidentDiagnosis(incident, diagnoses);
  const text = diagnosis ? diagnosisText(diagnosis, { t, locale: i18n.language, timeZone, now, metrics }) : null;
  const start = incidentWizardStart(incident, diagnosis);

  const openWizard = async () => {
    if (!start) return;
    setBusy(true);
    try {
      // The Wizards screen shows the current account's wizard: the incident's account becomes current.
      await showAccount(incident.accountId);
      await startWizard(start.kind, incident.accountId, start.origin);
      navigate('wizards');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="incident-section incident-diagnosis" aria-labelledby={headingId}>
      <h2 id={headingId} className="incident-section__title">
        {t('incidentPage.diagnosis.heading')}
      </h2>
      <h3 className="incident-diagnosis__title">{text ? text.title : t(`incidentPage.diagnosis.kinds.${incident.diagnosisKind}`)}</h3>
      {text ? (
        <>
          {text.evidence.map((sentence) => (
            <p key={sentence} className="incident-diagnosis__evidence">
              {sentence}
            </p>
          ))}
          {text.statusPage ? (
            <p className="incident-diagnosis__evidence">
              <a className="incident-link" href={text.statusPage.url} target="_blank" rel="noreferrer noopener">
                {text.statusPage.label}
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <p className="incident-section__note">{t('incidentPage.diagnosis.noLongerCurrent')}</p>
      )}
      {start ? (
        <div className="incident-diagnosis__next">
          <button type="button" className="button button--primary" aria-describedby={hintId} disabled={busy} onClick={() => void openWizard()}>
            {t(`incidentPage.diagnosis.nextStep.${start.kind}`)}
          </button>
          <p id={hintId} className="incident-section__note">
            {t('incidentPage.diagnosis.nextStepHint')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
