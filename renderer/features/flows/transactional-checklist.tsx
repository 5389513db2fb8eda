import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransactionalEligibility, TransactionalReason, TransactionalVerdict } from '../../../shared/domain/transactional';

const verdictMarks: Record<TransactionalVerdict, string> = {
  'can-request': '✓',
  'support-only': '!',
  'needs-answer': '?',
  'keep-marketing': '✕',
  'not-eligible': '✕',
};

/** The wizard holds the one question: it is offered to answer it, or to change the answer. */
const asksOrAnswered = new Set<TransactionalReason>(['purpose-unknown', 'answered-transactional', 'answered-marketing']);

/**
 * Whether this flow's emails can be transactional, why, the rule it rests on, and what the
 * operator must still make true. The wizard shows the same verdict with the same words; when the
 * purpose is unknown, the panel sends the operator to the wizard's one question, whose answer the
 * verdict then follows here too.
 */
export function TransactionalChecklist({ eligibility, onAnswer }: { eligibility: TransactionalEligibility; onAnswer(): void }) {
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
      <p className="flows-transactional__rule">{t(`flowsScreen.transactional.rule.${eligibility.rule}`)}</p>
      {asksOrAnswered.has(eligibility.reason) ? (
        <button type="button" className="button button--small flows-transactional__answer" onClick={onAnswer}>
          {t('flowsScreen.transactional.openWizard')}
        </button>
      ) : null}
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
