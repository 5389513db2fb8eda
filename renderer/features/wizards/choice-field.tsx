import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled select over the choices main offered for this step; choosing saves at once. */
export function ChoiceField({
  field,
  value,
  options,
  disabled,
  onChoose,
}: {
  field: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  disabled: boolean;
  onChoose(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t(`wizardsScreen.fields.${field}`)}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChoose(event.target.value)}>
        <option value="" disabled>
          {t('wizardsScreen.fields.choose')}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
