import { describe, expect, it } from 'vitest';
import { informationPerEvent, oracleDelayHours } from '../../eval/oracle-bound';

const flat = (perHour: number, hours = 200) => Array.from({ length: hours }, () => perHour);

describe('the oracle bound on detection delay', () => {
  it('a full outage needs ln(1/α) expected events: one hour at 15/h, seven at 1.5/h (α = 10⁻⁴)', () => {
    expect(oracleDelayHours(flat(15), 0, null)).toBe(1);
    expect(oracleDelayHours(flat(1.5), 0, null)).toBe(7);
    expect(oracleDelayHours(flat(40), 0, null)).toBe(1);
  });

  it('a drop to a fraction f carries f·ln f + 1 − f per expected event', () => {
    expect(informationPerEvent(0)).toBe(1);
    expect(informationPerEvent(0.5)).toBeCloseTo(0.1534, 4);
    expect(informationPerEvent(1)).toBe(0);
    // ln(10⁴) / (10 × 0.1534) = 6.0 hours at 10 events an hour, half of them gone.
    expect(oracleDelayHours(flat(10), 0.5, null)).toBe(7);
  });

  it('follows each hour’s own mean (a quiet night is slower), and gives up when the drop ends first', () => {
    const nightThenDay = [0.5, 0.5, 0.5, 0.5, 20, 20];
    expect(oracleDelayHours(nightThenDay, 0, null)).toBe(5);
    expect(oracleDelayHours(nightThenDay, 0, 4)).toBeNull();
    expect(oracleDelayHours(flat(10), 1, null)).toBeNull();
  });
});
