import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardInput } from '../../../shared/domain/wizard';

type Purpose = NonNullable<WizardInput['purposeAnswer']>['purpose'];
const purposes: Purpose[] = ['transactional', 'marketing'];
const optionKey = { transactional: 'wizardsScreen.fields.purposeTransactional', marketing: 'wizardsScreen.fields.purposeMarketing' } as const;

/**
 * The one question the transactional wizard asks when the data cannot tell what a flow's emails
 * are for. The answer is saved with the flow it was given for, so choosing another flow asks again.
 */
export function PurposeField({
  flowId,
  value,
  disabled,
  onAnswer,
}: {
  flowId: string;
  value: Purpose | undefined;
  disabled: boolean;
  onAnswer(input: WizardInput): void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="wizard-purpose">
      <legend>{t('wizardsScreen.fields.purpose')}</legend>
      {purposes.map((purpose) => (
        <label key={purpose}>
          <input
            type="radio"
            name={name}
            value={purpose}
            checked={value === purpose}
            disabled={disabled}
            onChange={() => onAnswer({ purposeAnswer: { flowId, purpose } })}
          />
          <span>{t(optionKey[purpose])}</span>
        </label>
      ))}
    </fieldset>
  );
}
