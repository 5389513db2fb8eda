import { useTranslation } from 'react-i18next';

/** A failure in the user's language, with a way to try again when there is one. */
export function ErrorNotice({
  messageKey,
  params,
  onRetry,
}: {
  messageKey: string;
  params?: Record<string, string> | undefined;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{t(messageKey, params ?? {})}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  );
}
