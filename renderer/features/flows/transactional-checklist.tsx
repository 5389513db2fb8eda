import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransactionalEligibility } from '../../../shared/domain/transactional';

const verdictMarks = { eligible: '✓', 'support-only': '!', 'not-eligible': '✕' } as const;

/** Whether this flow's emails can be transactional, why, and what the operator must still make true. */
export function TransactionalChecklist({ eligibility }: { eligibility: TransactionalEligibility }) {
  const { t } = useTranslation();
  const headingId = useId();
  const conditionsId = useId();
  return (
    <section className={`flows-transactional flows-transactional--${eligibility.verdict}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('flowsScreen.transactional.heading')}</h3>
      <p className="flows-transactional__verdict">
        <span className="flows-transactional__mark" aria-hidden="true">
          {verdictMarks[eligibility.verdict]}
        </span>
        <strong>{t(`flowsScreen.transactional.verdict.${eligibility.verdict}`)}</strong>
      </p>
      <p>{t(`flowsScreen.transactional.reason.${eligibility.reason}`)}</p>
      {eligibility.conditions.length > 0 ? (
        <>
          <h4 id={conditionsId}>{t('flowsScreen.transactional.conditionsHeading')}</h4>
          <ul className="flows-checklist" aria-labelledby={conditionsId}>
            {eligibility.conditions.map((condition) => (
              <li key={condition}>{t(`flowsScreen.transactional.condition.${condition}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
