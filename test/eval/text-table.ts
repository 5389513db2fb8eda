/** Plain aligned columns for the terminal: first column left-aligned, the rest right-aligned. */
export function textTable(header: string[], rows: string[][], footer: string[][] = []): string {
  const all = [header, ...rows, ...footer];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), ...(footer.length ? [rule, ...footer.map(line)] : [])].join('\n');
}

export const pct = (v: number | null): string => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
export const num = (v: number | null, digits = 1): string => (v === null ? '-' : Number.isFinite(v) ? v.toFixed(digits) : 'never');
