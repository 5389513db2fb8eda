import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlerts } from '../alerts/alerts-state';
import { NotificationCentre } from './notification-centre';
import { useNotificationCentre } from './notification-centre-state';
import { seenMark, unreadAlertIds } from './unread';
import './notifications.css';

/**
 * The bell in the shell: how many alerts were announced since the centre was last opened, and
 * the centre itself, a modal dialog (focus stays inside, Escape closes it, focus returns here).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const history = useAlerts((state) => state.history);
  const alerts = useAlerts((state) => state.alerts);
  const announcedLive = useAlerts((state) => state.unread);
  const markAllRead = useAlerts((state) => state.markAllRead);
  const seenAt = useNotificationCentre((state) => state.seenAt);
  const markSeen = useNotificationCentre((state) => state.markSeen);
  const dialog = useRef<HTMLDialogElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // What was unread when the centre opened, to flag those entries as new while it stays open.
  const [fresh, setFresh] = useState<readonly string[]>([]);

  const unread = useMemo(() => unreadAlertIds(history, alerts, announcedLive, seenAt), [history, alerts, announcedLive, seenAt]);
  const markRead = () => {
    markAllRead();
    markSeen(seenMark(useAlerts.getState().history, new Date()));
  };

  const openCentre = () => {
    setFresh(unread);
    setOpen(true);
    dialog.current?.showModal();
    markRead();
  };
  const onClosed = () => {
    // Whatever arrived while the centre was open has been seen too.
    markRead();
    setOpen(false);
    bell.current?.focus();
  };

  const label = unread.length > 0 ? t('notificationCentre.bellUnread', { count: unread.length }) : t('notificationCentre.bell');
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
        {unread.length > 0 ? (
          <span className="notification-bell__badge" aria-hidden="true">
            {unread.length > 99 ? '99+' : unread.length}
          </span>
        ) : null}
      </button>
      <dialog ref={dialog} className="notification-centre" aria-labelledby="notification-centre-title" onClose={onClosed}>
        {open ? <NotificationCentre fresh={fresh} onClose={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}
