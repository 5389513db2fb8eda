import type { Clock } from '../ports';

/**
 * How long one sync may spend waiting out 429s that said when to come back (Retry-After). Such a
 * 429 is the server pacing us, not a failure, so it does not use up the request's attempts; the
 * budget is what bounds a storm instead, after which the sync stops and the next one carries on.
 *
 * Time is what is counted, on the injected clock: the sync's requests run in parallel and meet a
 * storm together, and their overlapping waits cost the user the stretch of time they cover, once.
 */
export interface RateLimitBudget {
  /** Grants a wait of `waitMs` starting now and returns when it ends, or null when the budget cannot cover it. */
  reserve(waitMs: number): Date | null;
  spentMs(): number;
}

export const defaultRateLimitBudgetMinutes = 10;

export function createRateLimitBudget(options: { budgetMs: number; clock: Clock }): RateLimitBudget {
  let spent = 0;
  /** The end of the latest wait granted: time before it is already paid for. */
  let coveredUntil = Number.NEGATIVE_INFINITY;
  return {
    reserve(waitMs) {
      const now = options.clock.now().getTime();
      const end = now + Math.max(0, waitMs);
      const extra = Math.max(0, end - Math.max(now, coveredUntil));
      if (spent + extra > options.budgetMs) return null;
      spent += extra;
      coveredUntil = Math.max(coveredUntil, end);
      return new Date(end);
    },
    spentMs: () => spent,
  };
}
