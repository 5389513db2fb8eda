import type { Settings } from '../../shared/domain/settings';

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Whether `now` (in the computer's local time, where the operator sleeps) falls inside the quiet
 * hours. A span that crosses midnight (22:00 to 07:00) wraps; equal start and end mean all day.
 */
export function isQuietTime(quietHours: Settings['quietHours'], now: Date): boolean {
  if (!quietHours.enabled) return false;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  const minute = now.getHours() * 60 + now.getMinutes();
  if (start === end) return true;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}
