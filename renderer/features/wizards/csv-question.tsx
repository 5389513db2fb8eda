import { useTranslation } from 'react-i18next';
import type { WizardInput, WizardView } from '../../../shared/domain/wizard';
import { ChoiceField } from './choice-field';

/**
 * The one question the pasted export leaves open, when main offers its choices: which column is
 * the count, or whether the dates put the day or the month first. Choosing saves at once.
 */
export function CsvQuestion({ view, busy, onInput }: { view: WizardView; busy: boolean; onInput(input: WizardInput): void }) {
  const { t } = useTranslation();
  const columns = view.options.csvCountColumn ?? [];
  if (columns.length > 0) {
    const options = columns.map((o) => ({ value: o.value, label: t('wizardsScreen.fields.csvColumnOption', { column: Number(o.value) + 1, label: o.label }) }));
    return <ChoiceField field="csvCountColumn" value={undefined} options={options} disabled={busy} onChoose={(value) => onInput({ csvCountColumn: Number(value) })} />;
  }
  const orders = view.options.csvDateOrder ?? [];
  if (orders.length > 0) {
    const sample = view.steps.flatMap((s) => s.items).find((item) => item.id === 'csvAskDateOrder')?.params.sample ?? '';
    const options = orders.map((o) => ({ value: o.value, label: t(`wizardsScreen.fields.csvDateOrderOption.${o.value}`, { sample, date: o.label }) }));
    return (
      <ChoiceField
        field="csvDateOrder"
        value={undefined}
        options={options}
        disabled={busy}
        onChoose={(value) => onInput({ csvDateOrder: value === 'month-first' ? 'month-first' : 'day-first' })}
      />
    );
  }
  return null;
}
