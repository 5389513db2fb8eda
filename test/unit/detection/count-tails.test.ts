import { describe, expect, it } from 'vitest';
import { logGamma, negativeBinomialCdf, poissonCdf, regularizedBeta } from '../../../main/detection/count-tails';

function poissonByHand(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= mean / i;
    sum += term;
  }
  return sum;
}

function negativeBinomialByHand(k: number, mean: number, alpha: number): number {
  const r = 1 / alpha;
  const p = r / (r + mean);
  let term = Math.pow(p, r);
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= ((i - 1 + r) / i) * (1 - p);
    sum += term;
  }
  return sum;
}

describe('count tails', () => {
  it('log-gamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it.each([
    [0, 1],
    [5, 10],
    [12, 30],
    [90, 100],
    [3, 0.4],
  ])('Poisson P(X <= %i | mean %d) matches the summed pmf', (k, mean) => {
    expect(poissonCdf(k, mean)).toBeCloseTo(poissonByHand(k, mean), 12);
  });

  it.each([
    [0, 15, 0.05],
    [15, 30, 0.01],
    [31, 72.2, 0.0102],
    [200, 400, 0.2],
    [7, 3, 1],
  ])('negative binomial P(X <= %i | mean %d, alpha %d) matches the summed pmf', (k, mean, alpha) => {
    const expected = negativeBinomialByHand(k, mean, alpha);
    expect(Math.abs(negativeBinomialCdf(k, mean, alpha) - expected)).toBeLessThan(1e-12 + expected * 1e-9);
  });

  it('tends to Poisson as the dispersion vanishes, and is wider with more dispersion', () => {
    expect(negativeBinomialCdf(20, 40, 1e-12)).toBeCloseTo(poissonCdf(20, 40), 12);
    expect(negativeBinomialCdf(20, 40, 0.05)).toBeGreaterThan(poissonCdf(20, 40));
  });

  it('handles edges: negative k, zero mean, far tails without underflow to NaN', () => {
    expect(poissonCdf(-1, 5)).toBe(0);
    expect(poissonCdf(3, 0)).toBe(1);
    expect(negativeBinomialCdf(0, 0, 0.1)).toBe(1);
    const far = negativeBinomialCdf(232, 463, 0.009);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(1e-7);
    expect(poissonCdf(0, 5000)).toBe(0);
  });

  it('regularized beta is symmetric: I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    for (const [x, a, b] of [
      [0.3, 2, 5],
      [0.9, 50, 3],
      [0.5, 0.5, 0.5],
    ] as const) {
      expect(regularizedBeta(x, a, b)).toBeCloseTo(1 - regularizedBeta(1 - x, b, a), 12);
    }
  });
});
