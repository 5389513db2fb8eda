import { z } from 'zod';

/**
 * The source platform's daily counts pasted or imported as CSV: `day,count` per line, an optional
 * header, days as YYYY-MM-DD. Every line is checked; the first bad one is reported by number so the
 * operator can fix the file.
 */
const rowSchema = z.tuple([z.iso.date(), z.coerce.number().int().min(0).max(1e12)]);

export type SourceDay = { day: string; count: number };
export type CsvResult = { ok: true; rows: SourceDay[] } | { ok: false; line: number };

export function parseSourceCsv(text: string): CsvResult {
  const rows = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || (index === 0 && /^day\s*[,;]\s*count$/i.test(line))) continue;
    const cells = line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success || cells.length !== 2 || cells[1] === '') return { ok: false, line: index + 1 };
    rows.set(parsed.data[0], parsed.data[1]);
  }
  return { ok: true, rows: [...rows].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day)) };
}
