import { describe, expect, it } from 'vitest';
import { dayHour, fired, outage, runAll, store } from './detection-fixtures';

/**
 * A metric whose hourly volume is below its minimum is watched daily: windows shorter than a day
 * are not judged, and the day's windows are judged once, at its last local hour.
 */
describe('advanceMonitor: a metric watched daily below its minimum hourly volume', () => {
  const rate = 6;
  const fourHourStop = store({ rate, days: 40, modifiers: [outage(dayHour(35, 10), 4)] });

  it('hourly, a four-hour stop at six events an hour fires within the stop', () => {
    const alerts = fired(runAll(fourHourStop).events);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.firedAt).toBeLessThan(dayHour(35, 14));
  });

  it('watched daily, the same four hours are too short to alert', () => {
    expect(fired(runAll(fourHourStop, { minHourlyVolume: 10 }).events)).toEqual([]);
  });

  it('watched daily, a stop of a whole day fires at the end of a local day, not within the hour', () => {
    const hours = store({ rate, days: 40, modifiers: [outage(dayHour(35, 0), null)] });
    const alerts = fired(runAll(hours, { minHourlyVolume: 10 }).events);
    expect(alerts).toHaveLength(1);
    const firedAt = alerts[0]!.firedAt;
    expect([dayHour(35, 23), dayHour(36, 23), dayHour(37, 23)]).toContain(firedAt);
    // Hourly watching would have caught it hours earlier.
    expect(fired(runAll(hours).events)[0]!.firedAt).toBeLessThan(dayHour(35, 12));
  });

  it('a minimum below the metric\'s volume changes nothing', () => {
    const hours = store({ rate, days: 40, modifiers: [outage(dayHour(35, 10), 4)] });
    expect(runAll(hours, { minHourlyVolume: 1 }).events).toEqual(runAll(hours).events);
  });
});
