import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlerts } from '../alerts/alerts-state';
import { unreadCount } from './incident-entries';
import { NotificationCentre } from './notification-centre';
import './notifications.css';

/**
 * The bell in the shell: how many incidents have not been opened yet (read state lives in the
 * cache, so it is the same after a restart), and the centre itself, a modal dialog (focus stays
 * inside, Escape closes it, focus returns here).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useAlerts((state) => unreadCount(state.incidents));
  const dialog = useRef<HTMLDialogElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  const openCentre = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const onClosed = () => {
    setOpen(false);
    bell.current?.focus();
  };

  const label = unread > 0 ? t('notificationCentre.bellUnread', { count: unread }) : t('notificationCentre.bell');
  return (
    <>
      <button
        ref={bell}
        type="button"
        className="notification-bell"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={openCentre}
      >
        <svg className="notification-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6l-1.7 2.9A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm0 18a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2Z" />
        </svg>
        {unread > 0 ? (
          <span className="notification-bell__badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <dialog ref={dialog} className="notification-centre" aria-labelledby="notification-centre-title" onClose={onClosed}>
        {open ? <NotificationCentre onClose={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}
