/**
 * The most arrivals that fall in any window [t, t + windowMs) starting at an arrival: the count a
 * rolling-window rate limit sees at its busiest. Rate limiting is proven with this, from arrival
 * times a server recorded, never from how long anything took.
 */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let end = 0;
  for (const [start, at] of sorted.entries()) {
    while (end < sorted.length && (sorted[end] as number) < at + windowMs) end += 1;
    max = Math.max(max, end - start);
  }
  return max;
}
