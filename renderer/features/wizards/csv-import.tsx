import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECONCILE_CSV_MAX_CHARS } from '../../../shared/domain/wizard';

/** Reads a chosen CSV file as text; main parses and checks it like a pasted one. */
export function CsvImport({ disabled, onText }: { disabled: boolean; onText(text: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState<'unreadable' | 'too-large' | null>(null);
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t('wizardsScreen.fields.importCsv')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          file.text().then(
            (text) => {
              // Main would refuse it at the edge with a generic message: say why here instead.
              if (text.length > RECONCILE_CSV_MAX_CHARS) return setFailed('too-large');
              setFailed(null);
              onText(text);
            },
            () => setFailed('unreadable'),
          );
        }}
      />
      {failed ? <p role="alert">{t(failed === 'too-large' ? 'wizardsScreen.fields.csvTooLarge' : 'errors.internal')}</p> : null}
    </div>
  );
}
