import { describe, expect, it } from 'vitest';
import { isQuietTime } from '../../../main/alerts/quiet-hours';

const at = (clock: string) => new Date(`2026-11-23T${clock}:00`);

describe('quiet hours', () => {
  it.each([
    ['22:00', '07:00', '23:30', true],
    ['22:00', '07:00', '03:00', true],
    ['22:00', '07:00', '07:00', false],
    ['22:00', '07:00', '12:00', false],
    ['22:00', '07:00', '22:00', true],
    ['13:00', '14:00', '13:59', true],
    ['13:00', '14:00', '14:00', false],
    ['09:00', '09:00', '18:00', true],
  ])('from %s to %s, %s is quiet: %s', (start, end, now, quiet) => {
    expect(isQuietTime({ enabled: true, start, end }, at(now))).toBe(quiet);
  });

  it('never quiet when switched off', () => {
    expect(isQuietTime({ enabled: false, start: '00:00', end: '23:59' }, at('12:00'))).toBe(false);
  });
});
