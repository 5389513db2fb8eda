import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToasts, type Toast } from '../lib/toast-state';

/** The window's toasts, announced politely to screen readers. */
export function ToastRegion() {
  const toasts = useToasts((state) => state.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const close = useToasts((state) => state.close);
  const [busy, setBusy] = useState(false);
  return (
    <div className="toast">
      <span className="toast__message">{toast.message}</span>
      {toast.undo ? (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await toast.undo?.();
            } finally {
              close(toast.id);
            }
          }}
        >
          {t('incidents.toast.undo')}
        </button>
      ) : null}
      <button type="button" className="toast__close" aria-label={t('incidents.toast.close')} onClick={() => close(toast.id)}>
        ×
      </button>
    </div>
  );
}
