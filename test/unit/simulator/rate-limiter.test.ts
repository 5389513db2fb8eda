import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../main/simulator/rate-limiter';

const limits = { burstPerSecond: 3, steadyPerMinute: 5 };

describe('rate limiter (rolling windows per bucket)', () => {
  it('admits the burst, refuses the next one in the same second, and frees a slot a second after the first', () => {
    const limiter = createRateLimiter();
    const t0 = 1_000_000;
    expect([0, 100, 200].map((offset) => limiter.admit('k:op', limits, t0 + offset).admitted)).toEqual([true, true, true]);
    expect(limiter.admit('k:op', limits, t0 + 300)).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(limiter.admit('k:op', limits, t0 + 999).admitted).toBe(false);
    expect(limiter.admit('k:op', limits, t0 + 1000).admitted).toBe(true);
  });

  it('enforces the steady window too, with Retry-After in whole seconds until the oldest arrival leaves it', () => {
    const limiter = createRateLimiter();
    const t0 = 5_000_000;
    for (let i = 0; i < 5; i += 1) expect(limiter.admit('k:op', limits, t0 + i * 2000).admitted).toBe(true);
    expect(limiter.admit('k:op', limits, t0 + 10_000)).toEqual({ admitted: false, retryAfterSeconds: 50 });
    expect(limiter.admit('k:op', limits, t0 + 59_500)).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(limiter.admit('k:op', limits, t0 + 60_000).admitted).toBe(true);
  });

  it('reports the steady window on admitted requests and keeps buckets apart', () => {
    const limiter = createRateLimiter();
    expect(limiter.admit('a:op', limits, 0)).toEqual({ admitted: true, limit: 5, remaining: 4, resetSeconds: 60 });
    expect(limiter.admit('a:op', limits, 30_000)).toEqual({ admitted: true, limit: 5, remaining: 3, resetSeconds: 30 });
    expect(limiter.admit('b:op', limits, 30_000)).toMatchObject({ admitted: true, remaining: 4 });
  });
});
