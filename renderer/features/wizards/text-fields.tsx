import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardInput } from '../../../shared/domain/wizard';

export type TextFieldSpec = { name: keyof WizardInput & string; type: 'text' | 'email' | 'date' | 'number' | 'url' | 'textarea'; list?: string[] };

type Draft = Record<string, string>;

/** Typed values become the wizard's input; numbers are sent as numbers, erased fields as ''. */
function toInput(fields: readonly TextFieldSpec[], draft: Draft): WizardInput {
  const input: Record<string, string | number> = {};
  for (const field of fields) {
    const raw = draft[field.name] ?? '';
    if (field.type === 'number') {
      const value = Number.parseInt(raw, 10);
      if (Number.isFinite(value) && value >= 0) input[field.name] = value;
    } else {
      input[field.name] = raw;
    }
  }
  return input as WizardInput;
}

/**
 * Free-text answers of a step, applied together (Enter or the Apply button) so a half-typed email
 * is never checked against the account.
 */
export function TextFields({
  fields,
  input,
  disabled,
  onApply,
  children,
}: {
  fields: readonly TextFieldSpec[];
  input: WizardInput;
  disabled: boolean;
  onApply(input: WizardInput): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(fields.map((field) => [field.name, input[field.name] === undefined ? '' : String(input[field.name])])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(toInput(fields, draft));
  };
  const set = (name: string, value: string) => setDraft((current) => ({ ...current, [name]: value }));
  return (
    <form className="wizard-fields" onSubmit={submit}>
      {fields.map((field) => {
        const id = `${baseId}-${field.name}`;
        const listId = field.list ? `${id}-list` : undefined;
        return (
          <div className="field field--wide" key={field.name}>
            <label htmlFor={id}>{t(`wizardsScreen.fields.${field.name}`)}</label>
            {field.type === 'textarea' ? (
              <textarea id={id} rows={4} value={draft[field.name] ?? ''} disabled={disabled} onChange={(event) => set(field.name, event.target.value)} />
            ) : (
              <input
                id={id}
                type={field.type}
                min={field.type === 'number' ? 0 : undefined}
                list={listId}
                value={draft[field.name] ?? ''}
                disabled={disabled}
                onChange={(event) => set(field.name, event.target.value)}
              />
            )}
            {field.list && listId ? (
              <datalist id={listId}>
                {field.list.map((value) => (
                  <option key={value} value={value} />
                ))}
              </datalist>
            ) : null}
          </div>
        );
      })}
      {children}
      <button type="submit" className="button button--primary" disabled={disabled}>
        {t('wizardsScreen.fields.apply')}
      </button>
    </form>
  );
}
