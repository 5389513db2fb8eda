/**
 * The oracle's delay for a labelled drop: a detector that knew each hour's true expected count μ
 * and tested the log-likelihood ratio of "activity fell to f of μ" against "nothing wrong" would
 * cross ln(1/α) once the expected information since onset, Σ μ·(f·ln f + 1 − f), reaches it
 * (for a full outage, f = 0: Σ μ). With α = 10⁻⁴ per metric-hour, about 0.07 false alarms per
 * metric-month. No real detector can be faster on average; how close one gets is the measure.
 */
export const ORACLE_ALPHA = 1e-4;

/** Information per expected event of a drop to the fraction `remaining` (f·ln f + 1 − f; 1 at f = 0). */
export function informationPerEvent(remaining: number): number {
  if (remaining <= 0) return 1;
  if (remaining >= 1) return 0;
  return remaining * Math.log(remaining) + 1 - remaining;
}

/**
 * Hours of data from the drop's first hour until the oracle would have fired (the delay's own
 * convention: 2 = after the second hour), or null when it would not have within the drop.
 * `expected` holds the true mean of each hour from the drop's first hour on.
 */
export function oracleDelayHours(expected: readonly number[], remaining: number, durationHours: number | null, alpha = ORACLE_ALPHA): number | null {
  const needed = Math.log(1 / alpha);
  const perEvent = informationPerEvent(remaining);
  if (perEvent <= 0) return null;
  const limit = Math.min(expected.length, durationHours ?? Infinity);
  let information = 0;
  for (let hour = 0; hour < limit; hour += 1) {
    information += (expected[hour] ?? 0) * perEvent;
    if (information >= needed) return hour + 1;
  }
  return null;
}
