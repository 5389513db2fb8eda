import type { Settings } from '../../shared/domain/settings';
import { isQuietTime } from '../alerts/quiet-hours';
import type { Clock } from '../ports';

/** Whether an OS notification may be shown now: the setting is on, outside quiet hours, not paused. */
export function notificationsAllowed(
  settings: Pick<Settings, 'notificationsEnabled' | 'quietHours'>,
  now: Date,
  pausedUntil: Date | null,
): boolean {
  if (!settings.notificationsEnabled) return false;
  if (pausedUntil !== null && now < pausedUntil) return false;
  return !isQuietTime(settings.quietHours, now);
}

export interface NotificationPause {
  pauseFor(ms: number): void;
  resume(): void;
  /** The end of the pause, or null when none is under way (an expired pause reads as none). */
  pausedUntil(): Date | null;
}

/**
 * The tray's "pause for an hour". Kept in memory on purpose: a pause is a moment's wish, and a
 * restart that silently kept notifications off would hide the next drop.
 */
export function createNotificationPause(clock: Clock): NotificationPause {
  let until: Date | null = null;
  return {
    pauseFor(ms) {
      until = new Date(clock.now().getTime() + ms);
    },
    resume() {
      until = null;
    },
    pausedUntil() {
      if (until !== null && clock.now() >= until) until = null;
      return until;
    },
  };
}
