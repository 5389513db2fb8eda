import { useTranslation } from 'react-i18next';

/** A failure in the user's language, with a way to try again when there is one. */
export function ErrorNotice({
  messageKey,
  params,
  onRetry,
  titleKey = 'errors.title',
}: {
  messageKey: string;
  params?: Record<string, string> | undefined;
  onRetry?: () => void;
  /** A title naming the cause, where the screen knows one; "Something went wrong" otherwise. */
  titleKey?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <strong>{t(titleKey, params ?? {})}</strong>
      <p>{t(messageKey, params ?? {})}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  );
}
