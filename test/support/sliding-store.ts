/**
 * Hourly counts of a store that loses a share of its volume every week after its first four
 * (`perWeek` 0.74: a quarter a week), around a daytime bump, drawn as Poisson counts from a small
 * seeded generator so a test sees the same store every run. `base` events an average hour before
 * the slide; `step` multiplies every hour from `atHour` on (a real drop on top of the slide).
 */
export function slidingStoreHours(options: {
  start: number;
  weeks: number;
  base: number;
  perWeek: number;
  seed: number;
  step?: { atHour: number; to: number };
}): { start: number; count: number }[] {
  let seed = options.seed;
  const uniform = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const hours: { start: number; count: number }[] = [];
  for (let h = 0; h < options.weeks * 168; h += 1) {
    const slide = h < 4 * 168 ? 1 : Math.pow(options.perWeek, (h - 4 * 168) / 168);
    const step = options.step && h >= options.step.atHour ? options.step.to : 1;
    const mean = options.base * (0.6 + 0.8 * Math.sin((Math.PI * (h % 24)) / 24)) * slide * step;
    // Poisson by inversion.
    let k = 0;
    let p = Math.exp(-mean);
    let c = p;
    const u = uniform();
    while (u > c && k < 500) {
      k += 1;
      p *= mean / k;
      c += p;
    }
    hours.push({ start: options.start + h * 3600, count: k });
  }
  return hours;
}
