import { describe, expect, it } from 'vitest';
import { advanceOwnedMonitor } from '../../../main/detection/monitor';
import { trendCheck } from '../../../main/detection/trend-check';

/**
 * A store that loses about a quarter of its volume a week, a little every day, is sliding, not
 * dropping: no drop alert (each one would "recover" against a level that never caught up, then
 * fire again), but a trend notice. A real drop on top of the slide still alerts.
 */
const H = 3600;
const start = Date.UTC(2026, 9, 5) / 1000;
const weeks = 8;
const end = start + weeks * 168 * H;

function hours(options: { perWeek: number; seed: number; stepAtHour?: number; stepTo?: number }): { start: number; count: number }[] {
  let seed = options.seed;
  const uniform = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: { start: number; count: number }[] = [];
  for (let h = 0; h < weeks * 168; h += 1) {
    const slide = h < 4 * 168 ? 1 : Math.pow(options.perWeek, (h - 4 * 168) / 168);
    const step = options.stepAtHour !== undefined && h >= options.stepAtHour ? (options.stepTo ?? 1) : 1;
    const mean = 20 * (0.6 + 0.8 * Math.sin((Math.PI * (h % 24)) / 24)) * slide * step;
    // Poisson by inversion: the counts a store of this size would see.
    let k = 0;
    let p = Math.exp(-mean);
    let c = p;
    const u = uniform();
    while (u > c && k < 500) {
      k += 1;
      p *= mean / k;
      c += p;
    }
    out.push({ start: start + h * H, count: k });
  }
  return out;
}

const watch = (series: { start: number; count: number }[]) =>
  advanceOwnedMonitor(null, series, { timezone: 'UTC', sensitivity: 'normal', minHourlyVolume: 0, watermark: end, now: end, metric: 'Placed Order', integration: 'Shopify', historyStart: start });

describe('a slow decline', () => {
  it('raises no drop alert, and the trend check tells it', () => {
    const result = watch(hours({ perWeek: 0.74, seed: 7 }));
    expect(result.events.filter((event) => event.type === 'fired')).toEqual([]);
    const notice = trendCheck(result.state!);
    expect(notice).not.toBeNull();
    expect(notice!.ratio).toBeLessThanOrEqual(0.6);
  });

  it('still alerts on a real drop on top of the slide', () => {
    const stepAtHour = weeks * 168 - 30;
    const result = watch(hours({ perWeek: 0.85, seed: 11, stepAtHour, stepTo: 0.3 }));
    const fired = result.events.filter((event) => event.type === 'fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.start).toBeGreaterThanOrEqual(start + (stepAtHour - 3) * H);
  });
});
