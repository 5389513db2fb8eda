import { describe, expect, it } from 'vitest';
import { dispersionAt, dropLogLikelihoodRatio } from '../../../main/detection/drop-scan';
import { DISPERSION_WINDOWS, HOURS_PER_METRIC_MONTH, SCAN_ALLOWANCE, SENSITIVITY_RULES, scanThreshold } from '../../../main/detection/detection-thresholds';
import { dayHour, fired, HOUR, outage, runAll, store } from './detection-fixtures';

/**
 * The sequential drop test: evidence accumulates hour by hour over the spans ending now, and the
 * threshold follows from the sensitivity's false-alarm budget.
 */
describe('drop scan: the evidence of a span', () => {
  it('is the events a full stop lost, and nothing when nothing fell', () => {
    expect(dropLogLikelihoodRatio(0, 12.5)).toBe(12.5);
    expect(dropLogLikelihoodRatio(20, 20)).toBe(0);
    expect(dropLogLikelihoodRatio(30, 20)).toBe(0);
  });

  it('for a drop to half is expected × (½·ln ½ + ½)', () => {
    expect(dropLogLikelihoodRatio(50, 100)).toBeCloseTo(100 * (0.5 * Math.log(0.5) + 0.5), 10);
  });

  it('uses the dispersion learnt for a span length, interpolated between them', () => {
    const state = { dispersion: DISPERSION_WINDOWS.map((_, j) => 0.01 * (j + 1)) };
    expect(dispersionAt(state, 6)).toBeCloseTo(0.04, 12);
    const between = dispersionAt(state, 4);
    expect(between).toBeGreaterThan(0.03);
    expect(between).toBeLessThan(0.04);
    expect(dispersionAt(state, 500)).toBeCloseTo(0.09, 12);
  });
});

describe('drop scan: thresholds from the false-alarm budget', () => {
  it('low / normal / high accept 0.02 / 0.1 / 0.5 false alerts per metric-month', () => {
    expect(SENSITIVITY_RULES.low.falseAlarmsPerMetricMonth).toBe(0.02);
    expect(SENSITIVITY_RULES.normal.falseAlarmsPerMetricMonth).toBe(0.1);
    expect(SENSITIVITY_RULES.high.falseAlarmsPerMetricMonth).toBe(0.5);
  });

  it('needs ln(hours per metric-month / budget) plus the scan allowance, more for a smaller budget', () => {
    expect(scanThreshold(SENSITIVITY_RULES.normal)).toBeCloseTo(Math.log(HOURS_PER_METRIC_MONTH / 0.1) + SCAN_ALLOWANCE, 12);
    expect(scanThreshold(SENSITIVITY_RULES.low)).toBeGreaterThan(scanThreshold(SENSITIVITY_RULES.normal));
    expect(scanThreshold(SENSITIVITY_RULES.high)).toBeLessThan(scanThreshold(SENSITIVITY_RULES.normal));
  });
});

describe('drop scan: a complete stop on a slow store', () => {
  // About 1.5 orders an hour: a stop costs too few orders in any one window for a fixed-window
  // test, but the missing orders add up.
  const rate = 1.5;
  const onset = dayHour(30, 10);
  const hours = store({ rate, days: 34, modifiers: [outage(onset, null)] });

  it('fires once the orders it missed carry the evidence, within half a day', () => {
    const alerts = fired(runAll(hours).events);
    expect(alerts).toHaveLength(1);
    const delayHours = (alerts[0]!.firedAt + HOUR - onset) / HOUR;
    expect(delayHours).toBeLessThanOrEqual(12);
    // It waited for the evidence: the expected orders since the onset reach the threshold.
    expect(alerts[0]!.expected).toBeGreaterThanOrEqual(scanThreshold(SENSITIVITY_RULES.normal));
  });

  it('states how likely so few orders would be with nothing wrong', () => {
    const alert = fired(runAll(hours).events)[0]!;
    expect(alert.probability).toBeGreaterThan(0);
    expect(alert.probability).toBeLessThan(1e-4);
  });

  it('a lower sensitivity waits longer for the same stop', () => {
    const normal = fired(runAll(hours).events)[0]!.firedAt;
    const low = fired(runAll(hours, { sensitivity: 'low' }).events)[0]!.firedAt;
    expect(low).toBeGreaterThan(normal);
  });
});
