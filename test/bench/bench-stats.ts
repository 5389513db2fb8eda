/** Small helpers shared by the benchmark sections: timing, medians, rounding for the table. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface Figure {
  key: string;
  value: number;
  unit: string;
  /** The goal as text (e.g. ">= 0.7"), and whether the figure meets it. */
  goal?: { text: string; met: boolean };
  note?: string;
}

export const atLeast = (value: number, limit: number) => ({ text: `>= ${limit}`, met: value >= limit });
export const atMost = (value: number, limit: number) => ({ text: `<= ${limit}`, met: value <= limit });
