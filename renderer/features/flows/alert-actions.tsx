import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeChoices, type SnoozeDays } from '../../../shared/domain/alert';

/**
 * Dismiss, and beside it the arrow that opens the snooze lengths. The lengths are a disclosure
 * of ordinary buttons: reachable with Tab, Escape folds them back onto the arrow.
 */
export function AlertActions({
  busy,
  onDismiss,
  onSnooze,
}: {
  busy: boolean;
  onDismiss: () => void;
  onSnooze: (days: SnoozeDays) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const optionsId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstOptionRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) firstOptionRef.current?.focus();
  }, [open]);

  const fold = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape closes the options, not the whole panel around them.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="flows-actions" onKeyDown={open ? fold : undefined}>
      <div className="flows-actions__split">
        <button type="button" className="button" disabled={busy} onClick={onDismiss}>
          {t('flowsScreen.panel.dismiss')}
        </button>
        <button
          ref={toggleRef}
          type="button"
          className="button flows-actions__toggle"
          aria-label={t('flowsScreen.panel.snoozeOptions')}
          aria-expanded={open}
          aria-controls={optionsId}
          disabled={busy}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <div id={optionsId} className="flows-actions__options" role="group" aria-label={t('flowsScreen.panel.snoozeGroup')} hidden={!open}>
        {snoozeChoices.map((days, index) => (
          <button
            key={days}
            ref={index === 0 ? firstOptionRef : undefined}
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => {
              setOpen(false);
              onSnooze(days);
            }}
          >
            {t('flowsScreen.panel.snoozeDays', { count: days })}
          </button>
        ))}
      </div>
    </div>
  );
}
