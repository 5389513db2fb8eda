import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Reads a chosen CSV file as text; main parses and checks it like a pasted one. */
export function CsvImport({ disabled, onText }: { disabled: boolean; onText(text: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [failed, setFailed] = useState(false);
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
              setFailed(false);
              onText(text);
            },
            () => setFailed(true),
          );
        }}
      />
      {failed ? <p role="alert">{t('errors.internal')}</p> : null}
    </div>
  );
}
