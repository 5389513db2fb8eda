import { RECONCILE_CSV_MAX_CHARS } from '../../shared/domain/wizard';
import { orderOf, parseCount, parseDate, resolveDate, type DateOrder } from './reconcile-csv-cells';
import { columnLabel, pickColumns } from './reconcile-csv-columns';
import { readCsvLines, type CsvLine } from './reconcile-csv-lines';

/**
 * The source platform's daily counts, pasted or imported: its own export as it comes, with any
 * header or none, blank lines, a BOM, `,` `;` or tab, quotes, thousands separators, and days as
 * YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY, or ISO date-times. When the file leaves a choice open
 * (two columns could be the count; no date says whether the day or the month comes first) the
 * result is a question; otherwise the first bad line is reported by number with its reason.
 * Bounds: 10,000 days and 1,000,000 characters (about 27 years of days, far above any export).
 */
export const CSV_MAX_ROWS = 10_000;
const MAX_COUNT = 1e12;

export type SourceDay = { day: string; count: number };
export type CsvReason =
  | 'tooLarge'
  | 'tooManyRows'
  | 'noDateColumn'
  | 'noCountColumn'
  | 'missingCell'
  | 'badDate'
  | 'badCount'
  | 'negativeCount'
  | 'fractionalCount'
  | 'duplicateDay';
export const CSV_REASONS: readonly CsvReason[] = ['tooLarge', 'tooManyRows', 'noDateColumn', 'noCountColumn', 'missingCell', 'badDate', 'badCount', 'negativeCount', 'fractionalCount', 'duplicateDay'];

/** The operator's answers to the questions below, kept in the wizard's input. */
export interface CsvChoices {
  countColumn?: number;
  dateOrder?: DateOrder;
}

export type CsvResult =
  | { kind: 'rows'; rows: SourceDay[] }
  | { kind: 'rejected'; line: number; reason: CsvReason; value: string }
  | { kind: 'ask-count'; columns: { column: number; label: string }[] }
  | { kind: 'ask-date-order'; sample: string; dayFirst: string; monthFirst: string };

const rejected = (line: number, reason: CsvReason, value = ''): CsvResult => ({ kind: 'rejected', line, reason, value });

/** The order the column's dates settle (a number above 12 can only be a day), else the one chosen. */
function settleOrder(rows: readonly CsvLine[], column: number, chosen: DateOrder | undefined): DateOrder | { sample: string } | null {
  let sample: string | null = null;
  for (const row of rows) {
    const date = parseDate(row.cells[column] ?? '');
    if (date === null || 'iso' in date) continue;
    const order = orderOf(date);
    if (order === 'day-first' || order === 'month-first') return order;
    if (order === 'either') sample ??= row.cells[column]!;
  }
  if (sample === null) return null;
  return chosen ?? { sample };
}

function readRow(row: CsvLine, date: number, count: number, order: DateOrder | null, delimiter: string): SourceDay | CsvResult {
  if (row.cells.length <= Math.max(date, count)) return rejected(row.line, 'missingCell', row.cells.join(delimiter));
  const dateCell = row.cells[date]!;
  const parsed = parseDate(dateCell);
  const day = parsed === null ? null : 'iso' in parsed ? parsed.iso : resolveDate(parsed, order ?? 'day-first');
  if (day === null) return rejected(row.line, 'badDate', dateCell);
  const countCell = row.cells[count]!;
  const value = parseCount(countCell);
  if (value === null || Math.abs(value) > MAX_COUNT) return rejected(row.line, 'badCount', countCell);
  if (value < 0) return rejected(row.line, 'negativeCount', countCell);
  if (!Number.isInteger(value)) return rejected(row.line, 'fractionalCount', countCell);
  return { day, count: value };
}

export function parseSourceCsv(text: string, choices: CsvChoices = {}): CsvResult {
  if (text.length > RECONCILE_CSV_MAX_CHARS) return rejected(0, 'tooLarge');
  const { lines, delimiter } = readCsvLines(text);
  const columns = pickColumns(lines);
  const { rows } = columns;
  if (rows.length === 0) return { kind: 'rows', rows: [] };
  if (rows.length > CSV_MAX_ROWS) return rejected(rows[CSV_MAX_ROWS]!.line, 'tooManyRows');
  if (columns.date === null) return rejected(rows[0]!.line, 'noDateColumn');
  if (columns.counts.length === 0) return rejected(rows[0]!.line, 'noCountColumn');

  const chosen = choices.countColumn;
  const count = columns.counts.length === 1 ? columns.counts[0]! : chosen !== undefined && columns.counts.includes(chosen) ? chosen : null;
  if (count === null) return { kind: 'ask-count', columns: columns.counts.map((column) => ({ column, label: columnLabel(columns, column) })) };

  const order = settleOrder(rows, columns.date, choices.dateOrder);
  if (order !== null && typeof order === 'object') {
    const date = parseDate(order.sample);
    const either = date !== null && !('iso' in date) ? date : null;
    return { kind: 'ask-date-order', sample: order.sample, dayFirst: either ? (resolveDate(either, 'day-first') ?? '') : '', monthFirst: either ? (resolveDate(either, 'month-first') ?? '') : '' };
  }

  const days = new Map<string, number>();
  for (const row of rows) {
    const read = readRow(row, columns.date, count, order, delimiter);
    if ('kind' in read) return read;
    if (days.has(read.day)) return rejected(row.line, 'duplicateDay', read.day);
    days.set(read.day, read.count);
  }
  return { kind: 'rows', rows: [...days].map(([day, n]) => ({ day, count: n })).sort((a, b) => a.day.localeCompare(b.day)) };
}
