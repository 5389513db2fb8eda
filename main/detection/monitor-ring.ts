import { RING_HOURS } from './detection-thresholds';
import type { MonitorState } from './monitor-types';

/** Index helpers for the monitor's hourly ring (hour index = hours since `firstHour`). */

/** `ring.flag` values: an ordinary hour, an hour inside a drop episode, a spike hour. */
export const FLAG_ORDINARY = 0;
export const FLAG_INCIDENT = 1;
export const FLAG_SPIKE = 2;

export function hoursFed(state: MonitorState): number {
  return (state.nextHour - state.firstHour) / 3600;
}

export function hourIndex(state: MonitorState, hourStart: number): number {
  return (hourStart - state.firstHour) / 3600;
}

/** Oldest hour index still held by the ring. */
export function oldestHeldIndex(state: MonitorState): number {
  return Math.max(0, hoursFed(state) - RING_HOURS);
}

/** Ring position of a held hour index, or -1 when the ring no longer (or not yet) holds it. */
export function ringPosition(state: MonitorState, index: number): number {
  if (!Number.isInteger(index) || index < oldestHeldIndex(state) || index >= hoursFed(state)) return -1;
  return index % RING_HOURS;
}

/** Six decimals: keeps the saved JSON small and the same on every path that computes it. */
export function round6(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : 0;
}

/** Expected counts are kept to 1e-4 of an event. */
export function roundExpected(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
