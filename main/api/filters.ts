import { DateTime } from 'luxon';
import { AppError } from '../../shared/domain/errors';

/**
 * Builders for Klaviyo `filter` expressions (digest §2.5). The grammar itself is not in the spec;
 * what we rely on:
 * - strings in single quotes, as in every example of the spec (`equals(email,'…')`);
 * - inside them, `\` and `'` escaped with a backslash. Not documented anywhere; it is the escaping
 *   the official SDK's own FilterBuilder produces (JSON-style, for its double-quoted strings), so it
 *   is the best evidence of what the server's parser accepts. It only matters for addresses such
 *   as `o'brien@example.com`;
 * - datetimes never quoted (a quoted datetime is rejected), always with an explicit offset, so the
 *   result never depends on how the server reads naive times (§5.1);
 * - booleans bare.
 * Percent-encoding of the whole value (so `+` in an email survives as `%2B`) is the query
 * serializer's job, not this module's: axios encodes every parameter value.
 */

export function quoteString(value: string): string {
  return `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/**
 * ISO 8601 with an explicit offset, to the second (milliseconds only when there are some):
 * `2026-07-01T00:00:00-04:00` in the given IANA zone, `…Z` in UTC or when the zone is unknown to
 * the runtime (still explicit, so still unambiguous).
 */
export function formatFilterDatetime(date: Date, timezone = 'UTC'): string {
  if (Number.isNaN(date.getTime())) throw new AppError('invalid-input', 'Invalid date in an API filter.');
  const local = DateTime.fromJSDate(date, { zone: timezone });
  const chosen = local.isValid ? local : DateTime.fromJSDate(date, { zone: 'UTC' });
  const iso = chosen.toISO({ suppressMilliseconds: true });
  if (iso === null) throw new AppError('invalid-input', 'Invalid date in an API filter.');
  return iso;
}

export function equals(field: string, value: string | boolean): string {
  return `equals(${field},${typeof value === 'string' ? quoteString(value) : String(value)})`;
}

export function greaterOrEqual(field: string, date: Date, timezone?: string): string {
  return `greater-or-equal(${field},${formatFilterDatetime(date, timezone)})`;
}

export function lessThan(field: string, date: Date, timezone?: string): string {
  return `less-than(${field},${formatFilterDatetime(date, timezone)})`;
}

export function and(...conditions: string[]): string {
  return conditions.length === 1 ? (conditions[0] as string) : `and(${conditions.join(',')})`;
}
