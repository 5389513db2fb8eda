import { describe, expect, it } from 'vitest';
import { advanceOwnedMonitor } from '../../../main/detection/monitor';
import { trendCheck } from '../../../main/detection/trend-check';
import { slidingStoreHours } from '../../support/sliding-store';

/**
 * A store that loses about a quarter of its volume a week, a little every day, is sliding, not
 * dropping: no drop alert (each one would "recover" against a level that never caught up, then
 * fire again), but a trend notice. A real drop on top of the slide still alerts.
 */
const H = 3600;
const start = Date.UTC(2026, 9, 5) / 1000;
const weeks = 8;
const end = start + weeks * 168 * H;

const watch = (series: { start: number; count: number }[]) =>
  advanceOwnedMonitor(null, series, { timezone: 'UTC', sensitivity: 'normal', minHourlyVolume: 0, watermark: end, now: end, metric: 'Placed Order', integration: 'Shopify', historyStart: start });

describe('a slow decline', () => {
  it('raises no drop alert, and the trend check tells it', () => {
    const result = watch(slidingStoreHours({ start, weeks, base: 20, perWeek: 0.74, seed: 7 }));
    expect(result.events.filter((event) => event.type === 'fired')).toEqual([]);
    const notice = trendCheck(result.state!);
    expect(notice).not.toBeNull();
    expect(notice!.ratio).toBeLessThanOrEqual(0.6);
  });

  it('still alerts on a real drop on top of the slide', () => {
    const stepAtHour = weeks * 168 - 30;
    const result = watch(slidingStoreHours({ start, weeks, base: 20, perWeek: 0.85, seed: 11, step: { atHour: stepAtHour, to: 0.3 } }));
    const fired = result.events.filter((event) => event.type === 'fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.start).toBeGreaterThanOrEqual(start + (stepAtHour - 3) * H);
  });
});
