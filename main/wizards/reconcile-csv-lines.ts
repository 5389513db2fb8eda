import Papa from 'papaparse';
import { parseCount, parseDate } from './reconcile-csv-cells';

/** One non-blank record of the export with the line it starts on (1-based, as an editor shows). */
export interface CsvLine {
  line: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter that yields the most cells reading as a date or a number. Papaparse's own guess
 * wants every record to have the same number of cells, so one short line (the very line we must
 * report) makes it fall back to `,`, and `2026-11-20;1,5` splits evenly on both; its guess only
 * breaks ties here.
 */
function guessDelimiter(body: string): string {
  const preview = (delimiter?: string) => Papa.parse<string[]>(body, { delimiter, delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 200 });
  const guessed = preview().meta.delimiter;
  const ranked = [guessed, ...DELIMITERS.filter((d) => d !== guessed)].filter((d) => DELIMITERS.includes(d));
  const score = (delimiter: string) => preview(delimiter).data.flat().filter((cell) => parseDate(cell) !== null || parseCount(cell) !== null).length;
  const scores = new Map(ranked.map((delimiter) => [delimiter, score(delimiter)]));
  return ranked.reduce((best, delimiter) => ((scores.get(delimiter) ?? 0) > (scores.get(best) ?? 0) ? delimiter : best), ranked[0] ?? ',');
}

/**
 * Splits the export into records with papaparse (quotes, `\r\n`), BOM removed. The records are
 * read one by one so each keeps its own line number; blank ones are dropped.
 */
export function readCsvLines(text: string): { lines: CsvLine[]; delimiter: string } {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(body);
  const lines: CsvLine[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data.map((cell) => cell.trim());
      if (cells.some((cell) => cell !== '')) lines.push({ line, cells });
      const end = result.meta.cursor;
      line += (body.slice(start, end).match(/\r\n|\r|\n/g) ?? []).length;
      start = end;
    },
  });
  return { lines, delimiter };
}
