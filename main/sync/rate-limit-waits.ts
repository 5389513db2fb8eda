/**
 * The waits for the rate limit a run has going at once (its parallel requests meet a storm
 * together), reduced to one answer for the status line: when the last of them resumes, or null
 * when none is waiting.
 */
export interface RateLimitWaits {
  /** A wait began (`until` its end) or one ended (null); true when the answer of `until()` changed. */
  hear(until: Date | null): boolean;
  until(): string | null;
}

export function createRateLimitWaits(): RateLimitWaits {
  let active = 0;
  let latest: number | null = null;
  return {
    hear(until) {
      const before = latest;
      if (until === null) {
        active = Math.max(0, active - 1);
        if (active === 0) latest = null;
      } else {
        active += 1;
        latest = Math.max(latest ?? Number.NEGATIVE_INFINITY, until.getTime());
      }
      return before !== latest;
    },
    until: () => (latest === null ? null : new Date(latest).toISOString()),
  };
}
