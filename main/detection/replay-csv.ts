import { DateTime } from 'luxon';
import { z } from 'zod';
import { isBuiltInPlatform } from './diagnosis-platforms';
import type { ReplaySeries } from './replay';

/**
 * Reads the replay CSV (`metric,integration,timestamp,count`, optionally `sum_value`, columns in
 * any order, rows in any order, metrics interleaved) into one series per (metric, integration).
 * `sum_value` is the hour's summed event value (revenue for Placed Order); an empty cell is a
 * metric without values. Every problem is one
 * sentence naming the line, so the command can print it as its single error line.
 */
export type CsvResult = { ok: true; series: ReplaySeries[] } | { ok: false; error: string };

const COLUMNS = ['metric', 'integration', 'timestamp', 'count'] as const;

const rowSchema = z.object({
  metric: z.string().trim().min(1, 'metric is empty'),
  integration: z.string().trim(),
  timestamp: z.string().trim().min(1, 'timestamp is empty'),
  count: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'count is not a number')
    .transform(Number)
    .pipe(z.number().int('count is not a whole number').nonnegative('count is negative')),
  sum_value: z
    .string()
    .trim()
    .refine((cell) => cell === '' || /^-?\d+(\.\d+)?$/.test(cell), 'sum_value is not a number')
    .transform((cell) => (cell === '' ? null : Number(cell)))
    .pipe(z.number().finite('sum_value is too large').nullable()),
});

export function parseReplayCsv(text: string, timezone: string): CsvResult {
  const records = splitCsv(text);
  if (!records.ok) return records;
  const rows = records.rows
    .map((cells, i) => ({ cells, line: records.lines[i]! }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const header = rows.shift()?.cells;
  if (!header) return { ok: false, error: 'the file is empty' };
  const names = header.map((cell) => cell.trim().toLowerCase());
  // A second column of the same name would be silently ignored (the first one wins): say so.
  for (const [column, name] of names.entries()) {
    const again = names.indexOf(name, column + 1);
    if (name !== '' && again !== -1) return { ok: false, error: `the header names ${name} twice (columns ${column + 1} and ${again + 1}); keep one` };
  }
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header must name metric,integration,timestamp,count)` };
  if (rows.length === 0) return { ok: false, error: 'the file has a header but no rows' };

  const bySeries = new Map<string, { metric: string; integration: string; counts: Map<number, number>; values: Map<number, number> }>();
  // Many rows share an hour (one per metric): parse each distinct timestamp once.
  const hourStarts = new Map<string, number | string>();
  for (const { cells, line } of rows) {
    // A shifted row (an unquoted comma, a missing cell) would otherwise be read into the wrong columns.
    if (cells.length !== names.length) {
      const extra = cells.length > names.length ? ` (extra: ${cells.slice(names.length).map((cell) => `"${cell}"`).join(', ')})` : '';
      return { ok: false, error: `line ${line}: ${cells.length} cells where the header names ${names.length}${extra}` };
    }
    const record = Object.fromEntries([...COLUMNS, 'sum_value'].map((column) => [column, names.includes(column) ? (cells[names.indexOf(column)] ?? '') : '']));
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: `line ${line}: ${issue.message} (${String(issue.path[0])}: "${record[String(issue.path[0])] ?? ''}")` };
    }
    const { metric, integration, timestamp, count, sum_value: value } = parsed.data;
    let start = hourStarts.get(timestamp);
    if (start === undefined) {
      start = parseHourStart(timestamp, timezone);
      hourStarts.set(timestamp, start);
    }
    if (typeof start === 'string') return { ok: false, error: `line ${line}: ${start}` };
    const key = `${integration}\u0000${metric}`;
    const series = bySeries.get(key) ?? { metric, integration, counts: new Map<number, number>(), values: new Map<number, number>() };
    if (series.counts.has(start)) return { ok: false, error: `line ${line}: a second row for ${metric} (${integration || 'no integration'}) at ${timestamp}` };
    series.counts.set(start, count);
    if (value !== null) series.values.set(start, value);
    bySeries.set(key, series);
  }
  const series = [...bySeries.values()]
    .sort((a, b) => a.integration.localeCompare(b.integration) || a.metric.localeCompare(b.metric))
    .map(({ values, ...s }) => ({ ...s, category: isBuiltInPlatform(s.integration) ? 'ecommerce' : null, ...(values.size > 0 ? { values } : {}) }));
  return { ok: true, series };
}

/** Epoch seconds of an ISO 8601 instant that starts an hour of the account's clock, or why not. */
function parseHourStart(timestamp: string, timezone: string): number | string {
  const instant = DateTime.fromISO(timestamp, { setZone: true });
  if (!instant.isValid || !/(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp)) {
    return `timestamp "${timestamp}" is not an ISO 8601 instant with a zone (e.g. 2026-07-01T13:00:00Z)`;
  }
  const local = instant.setZone(timezone);
  if (local.minute !== 0 || local.second !== 0 || local.millisecond !== 0) {
    return `timestamp "${timestamp}" is not the start of an hour in ${timezone}`;
  }
  return instant.toSeconds();
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), with each record's line number. */
function splitCsv(text: string): { ok: true; rows: string[][]; lines: number[] } | { ok: false; error: string } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      lines.push(rowLine);
      row = [];
      field = '';
      line += 1;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) return { ok: false, error: `line ${rowLine}: a quoted field is never closed` };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
    lines.push(rowLine);
  }
  return { ok: true, rows, lines };
}
