import { parseCount, parseDate } from './reconcile-csv-cells';
import type { CsvLine } from './reconcile-csv-lines';

/**
 * Which column holds the day and which could hold the count, chosen by what the cells contain,
 * not by the header's words (exports name them `Day`, `Date`, `Orders`, `Donations`, in any
 * language). A first line with no date in it is the header.
 */
export interface CsvColumns {
  header: string[] | null;
  rows: CsvLine[];
  /** The column most often holding a date; null when no cell is a date. */
  date: number | null;
  /** Columns other than the date's whose cells are mostly numbers, left to right. */
  counts: number[];
}

const share = (rows: readonly CsvLine[], column: number, test: (cell: string) => boolean) =>
  rows.filter((row) => test(row.cells[column] ?? '')).length / Math.max(1, rows.length);

export function pickColumns(lines: readonly CsvLine[]): CsvColumns {
  const first = lines[0];
  const hasHeader = first !== undefined && first.cells.every((cell) => parseDate(cell) === null);
  const header = hasHeader ? first.cells : null;
  const rows = hasHeader ? lines.slice(1) : [...lines];
  const width = Math.max(0, ...lines.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, column) => column);

  let date: number | null = null;
  let best = 0;
  for (const column of columns) {
    const dates = share(rows, column, (cell) => parseDate(cell) !== null);
    if (dates > best) [date, best] = [column, dates];
  }
  // Empty cells do not count against a column: a count may be missing on a line (reported there).
  const counts = columns.filter((column) => {
    if (column === date) return false;
    const filled = rows.filter((row) => (row.cells[column] ?? '') !== '');
    return filled.length > 0 && share(filled, column, (cell) => parseCount(cell) !== null) >= 0.5;
  });
  return { header, rows, date, counts };
}

/** How a candidate count column is offered: its header, else its first values. */
export function columnLabel(columns: CsvColumns, column: number): string {
  const named = columns.header?.[column];
  if (named) return named;
  const values = columns.rows.slice(0, 3).map((row) => row.cells[column] ?? '');
  return `${values.join(', ')}${columns.rows.length > 3 ? '…' : ''}`;
}
