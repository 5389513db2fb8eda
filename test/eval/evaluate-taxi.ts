import { DateTime } from 'luxon';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import { replay } from '../../main/detection/replay';
import { loadTaxiHours, loadTaxiWindows, TAXI_ZONE } from './nab-taxi';

/** The NAB taxi series through the same replay, each alert placed in NAB's labelled windows. */
export interface TaxiAlert {
  start: string;
  firedAt: string;
  resolvedAt: string | null;
  expected: number;
  observed: number;
  /** The labelled window the alert fired in, or null. */
  window: string | null;
  windowKind: 'drop' | 'spike' | null;
}

export function evaluateTaxi(directory: string, sensitivity: Sensitivity): { hours: number; alerts: TaxiAlert[] } {
  const hours = loadTaxiHours(directory);
  const windows = loadTaxiWindows(directory);
  const { alerts } = replay([{ metric: 'Taxi rides', integration: 'NYC TLC', category: null, counts: hours }], { timezone: TAXI_ZONE, sensitivity });
  const local = (t: number) => DateTime.fromSeconds(t, { zone: TAXI_ZONE }).toFormat('yyyy-MM-dd HH:mm');
  return {
    hours: hours.size,
    alerts: alerts.map((alert) => {
      const window = windows.find((w) => alert.firedAt >= w.start && alert.firedAt <= w.end) ?? null;
      return {
        start: local(alert.start),
        firedAt: local(alert.firedAt),
        resolvedAt: alert.resolvedAt === null ? null : local(alert.resolvedAt),
        expected: Math.round(alert.expected),
        observed: alert.observed,
        window: window?.label ?? null,
        windowKind: window?.kind ?? null,
      };
    }),
  };
}
