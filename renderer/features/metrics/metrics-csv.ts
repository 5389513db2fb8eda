import Papa from 'papaparse';
import type { SeriesRow } from './series-rows';

export interface CsvColumns {
  startUtc: string;
  local: string;
  count: string;
  expected: string;
  previous: string;
}

export interface CsvOptions {
  /** Header texts, in the user's language. */
  columns: CsvColumns;
  /** The table's bucket label (account timezone, user's locale), so the file reads like the table. */
  formatBucket: (epochMs: number) => string;
  /** Adds the previous-period column, as the table does when comparing. */
  comparing: boolean;
}

/** Plain digits with a dot, whatever the user's locale: a spreadsheet parses these as numbers. */
function number(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 100) / 100);
}

/**
 * The data table as CSV: one header row, then one row per bucket, the table's rows exactly.
 * Quoting (fields holding commas, quotes or line breaks) and CRLF line ends follow RFC 4180,
 * done by papaparse rather than by hand.
 */
export function metricCsv(rows: readonly SeriesRow[], options: CsvOptions): string {
  const { columns, formatBucket, comparing } = options;
  const fields = [columns.startUtc, columns.local, columns.count, columns.expected, ...(comparing ? [columns.previous] : [])];
  const data = rows.map((row) => [
    new Date(row.t).toISOString(),
    formatBucket(row.t),
    number(row.count),
    number(row.expected),
    ...(comparing ? [number(row.previous)] : []),
  ]);
  // Without rows papaparse still ends the header line; drop it so every file ends the same way.
  return Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false }).replace(/\r\n$/, '');
}

/** A file name that is safe on every desktop system: letters, digits and dashes only. */
export function csvFileName(parts: readonly string[]): string {
  const slug = parts
    .map((part) => part.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('_')
    .toLowerCase();
  return `${slug || 'metric'}.csv`;
}
