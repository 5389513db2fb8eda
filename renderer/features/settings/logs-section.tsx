import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/error-notice';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';

/** "Open logs folder": the log is what a bug report needs, and it never holds a key. */
export function LogsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'unavailable' } | { kind: 'error'; key: string }>({ kind: 'idle' });
  const open = async () => {
    try {
      const { opened } = await unwrap(bridge().app.openLogs());
      setStatus(opened ? { kind: 'idle' } : { kind: 'unavailable' });
    } catch (error) {
      setStatus({ kind: 'error', key: errorMessageKey(error) });
    }
  };
  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('desktop.logs.title')}</h2>
      <p>{t('desktop.logs.description')}</p>
      <button type="button" className="button" onClick={() => void open()}>
        {t('desktop.logs.open')}
      </button>
      {status.kind === 'unavailable' ? (
        <p className="status-line" role="status">
          {t('desktop.logs.unavailable')}
        </p>
      ) : null}
      {status.kind === 'error' ? <ErrorNotice messageKey={status.key} /> : null}
    </section>
  );
}
