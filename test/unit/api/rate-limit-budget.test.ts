import { describe, expect, it } from 'vitest';
import { createRateLimitBudget } from '../../../main/api/rate-limit-budget';

function clockAt(iso: string) {
  let now = Date.parse(iso);
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('rate-limit budget', () => {
  it('grants waits until their time adds up to the budget, then refuses', () => {
    const clock = clockAt('2026-07-15T14:00:00Z');
    const budget = createRateLimitBudget({ budgetMs: 3 * 60_000, clock });
    for (let wait = 0; wait < 3; wait += 1) {
      expect(budget.reserve(60_000)?.toISOString()).toBe(new Date(clock.now().getTime() + 60_000).toISOString());
      clock.advance(60_000);
    }
    expect(budget.reserve(60_000)).toBeNull();
    expect(budget.spentMs()).toBe(3 * 60_000);
  });

  it('counts overlapping waits of parallel requests once, as the time that passes', () => {
    const clock = clockAt('2026-07-15T14:00:00Z');
    const budget = createRateLimitBudget({ budgetMs: 90_000, clock });
    expect(budget.reserve(60_000)).not.toBeNull();
    expect(budget.reserve(60_000)).not.toBeNull();
    clock.advance(30_000);
    expect(budget.reserve(60_000)).not.toBeNull();
    expect(budget.spentMs()).toBe(90_000);
  });

  it('refuses at once a single wait longer than the whole budget', () => {
    const budget = createRateLimitBudget({ budgetMs: 60_000, clock: clockAt('2026-07-15T14:00:00Z') });
    expect(budget.reserve(61_000)).toBeNull();
    expect(budget.spentMs()).toBe(0);
  });
});
