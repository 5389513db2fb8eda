import { describe, expect, it } from 'vitest';
import { backoffDelay, type BackoffPolicy } from '../../../main/api/backoff';

const policy: BackoffPolicy = { baseDelayMs: 500, factor: 2, maxDelayMs: 4_000, jitter: 0.5 };

describe('backoffDelay', () => {
  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [5, 4_000],
    [12, 4_000],
  ])('retry %i without jitter waits %i ms (exponential, capped)', (retry, expected) => {
    expect(backoffDelay(retry, policy, () => 0)).toBe(expected);
  });

  it.each([1, 2, 3, 4, 5, 9])('retry %i stays within [(1 - jitter)·delay, delay] and under the cap', (retry) => {
    const full = backoffDelay(retry, policy, () => 0);
    for (const random of [0, 0.1, 0.5, 0.9, 0.999_999]) {
      const delay = backoffDelay(retry, policy, () => random);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(full * 0.5));
      expect(delay).toBeLessThanOrEqual(full);
      expect(delay).toBeLessThanOrEqual(policy.maxDelayMs);
    }
  });

  it('is spread by the random source', () => {
    expect(backoffDelay(3, policy, () => 0.5)).toBe(1_500);
    expect(backoffDelay(3, { ...policy, jitter: 0 }, () => 0.9)).toBe(2_000);
    expect(backoffDelay(3, { ...policy, jitter: 1 }, () => 0.75)).toBe(500);
  });
});
