import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeChoices, type SnoozeDays } from '../../../shared/domain/alert';
import { formatDays } from './home-format';

/**
 * "Snooze" and its choices of length, as a disclosure: the choices are plain buttons, reachable
 * with Tab, and Escape or leaving the group closes it.
 */
export function SnoozeMenu({ describedBy, disabled, onSnooze }: { describedBy: string; disabled: boolean; onSnooze(days: SnoozeDays): void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <div className="snooze-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => {
          setOpen(!open);
          // Focus moves to the first length once it is on screen.
          if (!open) requestAnimationFrame(() => firstChoice.current?.focus());
        }}
      >
        {t('homeScreen.snooze')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul id={listId} className="snooze-menu__list" aria-label={t('homeScreen.snoozeFor')}>
          {snoozeChoices.map((days, index) => (
            <li key={days}>
              <button
                ref={index === 0 ? firstChoice : undefined}
                type="button"
                className="snooze-menu__choice"
                onClick={() => {
                  close(false);
                  onSnooze(days);
                }}
              >
                {formatDays(days, i18n.language)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
