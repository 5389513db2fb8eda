import { describe, expect, it } from 'vitest';
import { parseMinHourlyVolume } from '../../../../renderer/features/metrics/min-hourly-volume';

describe('parseMinHourlyVolume', () => {
  it('reads empty as always hourly, and a whole or decimal number with either mark', () => {
    expect(parseMinHourlyVolume('  ')).toEqual({ ok: true, value: null });
    expect(parseMinHourlyVolume('5')).toEqual({ ok: true, value: 5 });
    expect(parseMinHourlyVolume('0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseMinHourlyVolume('2.25')).toEqual({ ok: true, value: 2.25 });
  });

  it('refuses zero, negatives, words, exponents and values past the bound', () => {
    for (const text of ['0', '-3', 'ten', '1e3', '1,000.5', '10001', 'Infinity']) expect(parseMinHourlyVolume(text)).toEqual({ ok: false });
    expect(parseMinHourlyVolume('10000')).toEqual({ ok: true, value: 10_000 });
  });
});
