/**
 * Seeded random numbers for the labelled generator: the same seed always gives the same series,
 * so evaluation results are reproducible.
 */
export interface Random {
  uniform(): number;
  normal(): number;
  gamma(shape: number): number;
  poisson(mean: number): number;
  /** Negative binomial as a gamma-Poisson mixture: variance = mean + alpha * mean². */
  negativeBinomial(mean: number, alpha: number): number;
  integer(below: number): number;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0 || 0x9e3779b9;
  const uniform = (): number => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  const gamma = (shape: number): number => {
    // Marsaglia-Tsang, with the boost for shape < 1.
    if (shape < 1) return gamma(shape + 1) * Math.pow(Math.max(uniform(), 1e-12), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const poisson = (mean: number): number => {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = uniform();
    while (p > limit) {
      k += 1;
      p *= uniform();
    }
    return k;
  };
  return {
    uniform,
    normal,
    gamma,
    poisson,
    negativeBinomial: (mean, alpha) => (alpha <= 0 ? poisson(mean) : poisson(gamma(1 / alpha) * alpha * mean)),
    integer: (below) => Math.floor(uniform() * below),
  };
}
