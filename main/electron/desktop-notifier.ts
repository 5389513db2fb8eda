import { Notification } from 'electron';
import type { NavigateEvent } from '../../shared/domain/navigation';
import { mainText } from '../alerts/main-text';
import { createCoalescingNotifier, type CoalescingNotifier, type CoalescingNotifierDeps } from '../desktop/notification-queue';

export interface DesktopNotifierOptions extends Omit<CoalescingNotifierDeps, 'show' | 'text'> {
  /** A click on the notification: bring the window forward on what it is about. */
  open(target: NavigateEvent): void;
}

/**
 * Incidents (and their recoveries) as OS notifications, gathered and gated by the coalescing
 * queue; a click brings the window forward on what the notification is about (the incident's page,
 * or Home for a summary of several).
 */
export function createDesktopNotifier(options: DesktopNotifierOptions): CoalescingNotifier {
  // Held until clicked or closed: on macOS and Windows a notification that is garbage-collected
  // loses its click handler while still on screen.
  const onScreen = new Set<Notification>();
  return createCoalescingNotifier({
    ...options,
    text: mainText,
    show({ title, body, target }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      onScreen.add(notification);
      notification.on('click', () => {
        onScreen.delete(notification);
        options.open(target);
      });
      notification.on('close', () => onScreen.delete(notification));
      notification.show();
    },
  });
}
