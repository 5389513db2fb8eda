import type { EstimateRange } from '../../shared/domain/incident';
import { secondsFromIso } from '../../shared/domain/account-time';
import type { RiseState } from '../detection/rise-monitor';
import { hourVariance, type ValueState } from '../detection/value-monitor';
import { shortfallRange, type MemberCost } from './incident-cost';

const HOUR = 3600;
const zero: EstimateRange = { estimate: 0, low: 0, high: 0 };
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The span a member covers in a kind monitor's held hours: from its first anomalous hour to its
 * recovery, or to the last hour held. Null when the monitor no longer holds the span's start.
 */
function heldSpan(member: { start: string; resolvedAt: string | null }, hours: readonly { start: number }[]): { from: number; to: number; through: number } | null {
  if (hours.length === 0) return null;
  const start = secondsFromIso(member.start);
  const first = hours[0]!.start;
  const lastHeld = hours[hours.length - 1]!.start;
  if (start < first) return null;
  const endExclusive = member.resolvedAt === null ? lastHeld + HOUR : Math.min(secondsFromIso(member.resolvedAt), lastHeld + HOUR);
  if (endExclusive <= start) return null;
  return { from: (start - first) / HOUR, to: (endExclusive - first) / HOUR, through: endExclusive };
}

/**
 * What a revenue drop cost: the value its orders should have brought at the metric's learnt value
 * per event, less what they brought, with the range the value monitor's own spread gives (each
 * order's spread, the hour's own share and the day-to-day share). The orders themselves were not missing.
 */
export function valueMemberCost(member: { start: string; resolvedAt: string | null }, state: ValueState): MemberCost | null {
  const span = heldSpan(member, state.hours);
  if (!span || state.perEvent === null) return null;
  let count = 0;
  let value = 0;
  let expectedSquares = 0;
  for (let i = span.from; i < span.to; i += 1) {
    count += state.hours[i]?.count ?? 0;
    value += state.hours[i]?.value ?? 0;
    expectedSquares += ((state.hours[i]?.count ?? 0) * state.perEvent) ** 2;
  }
  const expected = count * state.perEvent;
  const variance = hourVariance(state, count, expectedSquares) + state.dayShare * expected * expected;
  return { through: span.through, observed: round(value), expected: round(expected), missingEvents: zero, missingValue: shortfallRange(expected, value, variance) };
}

/**
 * A harmful rise misses nothing: what it cost is its extra events (bounces, complaints) over what
 * the sends explain, carried in `missingEvents` (the surfaces word it by the alert's kind), with
 * the range of the expectation's own uncertainty.
 */
export function riseMemberCost(member: { start: string; resolvedAt: string | null }, state: RiseState): MemberCost | null {
  const span = heldSpan(member, state.hours);
  if (!span) return null;
  let observed = 0;
  let expected = 0;
  for (let i = span.from; i < span.to; i += 1) {
    observed += state.hours[i]?.count ?? 0;
    expected += state.expected[i] ?? 0;
  }
  // The extra events are the shortfall of the expectation below what came, as uncertain as it is.
  const extra = shortfallRange(observed, expected, expected + state.dispersion * expected * expected);
  return { through: span.through, observed, expected: round(expected), missingEvents: extra, missingValue: null };
}
