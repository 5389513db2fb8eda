import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { chartTicks } from '../../../../renderer/features/metrics/chart-ticks';

const ny = 'America/New_York';
const local = (ms: number) => DateTime.fromMillis(ms, { zone: ny }).toFormat("ccc yyyy-LL-dd HH:mm");
const at = (text: string) => DateTime.fromISO(text, { zone: ny }).toMillis();

describe('chartTicks', () => {
  it('puts 24 hours on every third hour of the account’s clock', () => {
    const { ticks, kind } = chartTicks({ from: at('2026-11-19T15:00'), to: at('2026-11-20T15:00') }, ny);
    expect(kind).toBe('time');
    expect(ticks.map(local)).toEqual([
      'Thu 2026-11-19 15:00', 'Thu 2026-11-19 18:00', 'Thu 2026-11-19 21:00', 'Fri 2026-11-20 00:00',
      'Fri 2026-11-20 03:00', 'Fri 2026-11-20 06:00', 'Fri 2026-11-20 09:00', 'Fri 2026-11-20 12:00', 'Fri 2026-11-20 15:00',
    ]);
  });

  it('puts a week on the account’s midnights', () => {
    const { ticks, kind } = chartTicks({ from: at('2026-11-13T15:00'), to: at('2026-11-20T15:00') }, ny);
    expect(kind).toBe('weekday');
    expect(ticks).toHaveLength(7);
    expect(ticks.map(local).every((text) => text.endsWith('00:00'))).toBe(true);
  });

  it('puts a month on Mondays and a year on quarters', () => {
    const month = chartTicks({ from: at('2026-10-22T00:00'), to: at('2026-11-21T00:00') }, ny);
    expect(month.kind).toBe('date');
    expect(month.ticks.map(local)).toEqual(['Mon 2026-10-26 00:00', 'Mon 2026-11-02 00:00', 'Mon 2026-11-09 00:00', 'Mon 2026-11-16 00:00']);
    const year = chartTicks({ from: at('2025-11-21T00:00'), to: at('2026-11-21T00:00') }, ny);
    expect(year.kind).toBe('month');
    expect(year.ticks.map(local)).toEqual(['Thu 2026-01-01 00:00', 'Wed 2026-04-01 00:00', 'Wed 2026-07-01 00:00', 'Thu 2026-10-01 00:00']);
  });

  it('never gives more ticks than asked, even for five years', () => {
    const { ticks } = chartTicks({ from: at('2021-11-21T00:00'), to: at('2026-11-21T00:00') }, ny);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.length).toBeGreaterThan(2);
  });
});
