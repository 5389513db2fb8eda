import { Notification } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { alertNoticeText } from '../alerts/alert-notice-text';
import type { AlertNotice, Notifier } from '../ports';

export interface DesktopNotifierOptions {
  /** The operator's language now (settings, or the system's). */
  language(): Language;
  /** Whether the operator wants a notification now (settings: on, and outside quiet hours). */
  enabled(): boolean;
  /** A click on the notification: bring the window forward on the alert. */
  open(notice: AlertNotice): void;
}

/** Drop alerts as OS notifications; a click opens the alert in the app. */
export function createDesktopNotifier(options: DesktopNotifierOptions): Notifier {
  return {
    alertFired(notice) {
      if (!options.enabled() || !Notification.isSupported()) return;
      const { title, body } = alertNoticeText(notice, options.language());
      const notification = new Notification({ title, body });
      notification.on('click', () => options.open(notice));
      notification.show();
    },
  };
}
