import { utcStampFromSeconds } from '../../shared/domain/account-time';
import type { ReplaySeries } from './replay';

/**
 * How many hours a replay may walk. The replay advances every metric hour by hour from the
 * earliest row to the latest, so its cost follows the span, not the number of rows: two rows
 * dated 1970 and 9999 would keep it busy for hours. Five years covers any history the app keeps.
 */
export const DEFAULT_MAX_SPAN_YEARS = 5;
const HOURS_PER_YEAR = 365.25 * 24;

/** null when the rows fit in `maxYears`, else the sentence saying by how much they do not. */
export function replaySpanProblem(series: readonly ReplaySeries[], maxYears: number): string | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { counts } of series) {
    for (const start of counts.keys()) {
      if (start < first) first = start;
      if (start > last) last = start;
    }
  }
  if (!Number.isFinite(first)) return null;
  const hours = (last - first) / 3600 + 1;
  if (hours <= maxYears * HOURS_PER_YEAR) return null;
  const years = Math.round((hours / HOURS_PER_YEAR) * 10) / 10;
  return `the rows span ${years} years (${utcStampFromSeconds(first)} to ${utcStampFromSeconds(last)}); the replay stops at ${maxYears} years, --max-span-years N raises that`;
}
