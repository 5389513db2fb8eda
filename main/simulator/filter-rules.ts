import { DateTime } from 'luxon';
import { invalidParameter } from './api-error';
import { parseFilter, type FilterValue } from './filter-parser';
import type { FilterFieldSpec } from './spec-parameters';

/** Datetimes become epoch milliseconds, so every comparison is on numbers, strings or booleans. */
export type Operand = string | number | boolean;

export interface ValidCondition {
  readonly field: string;
  readonly operator: string;
  /** Empty for `has`. */
  readonly operands: readonly Operand[];
  readonly isList: boolean;
}

/**
 * A datetime as written in a filter: with `Z` or `±hh:mm` it is that instant; without an offset it
 * is read in `zone` (UTC for GET filters; the request's timezone for metric aggregates: our
 * choice, the spec does not say). `null` when it is not a real date-time.
 */
export function filterDatetimeToMs(text: string, zone: string): number | null {
  const parsed = DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toMillis() : null;
}

function operand(value: FilterValue, spec: FilterFieldSpec, field: string): Operand {
  const wrong = (expected: string) => invalidParameter('filter', `"${field}" takes ${expected}`);
  switch (spec.type) {
    case 'string':
      if (value.kind !== 'string') throw wrong('a quoted string');
      if (spec.values && !spec.values.includes(value.value)) {
        throw invalidParameter('filter', `"${value.value}" is not a valid ${field}; expected one of: ${spec.values.join(', ')}`);
      }
      return value.value;
    case 'boolean':
      if (value.kind !== 'boolean') throw wrong('true or false, unquoted');
      return value.value;
    case 'number':
      if (value.kind !== 'number') throw wrong('an unquoted number');
      return value.value;
    case 'date-time': {
      if (value.kind !== 'datetime') throw wrong('an unquoted datetime such as 2026-07-15T00:00:00Z');
      const ms = filterDatetimeToMs(value.text, 'utc');
      if (ms === null) throw invalidParameter('filter', `"${value.text}" is not a valid datetime`);
      return ms;
    }
    case 'none':
      throw wrong('no value');
  }
}

/**
 * Parses `filter` and checks every condition against the endpoint's `x-klaviyo-filters`: known
 * field, an operator the spec lists for it (single-value, list or no-value form), a value of the
 * right type. Anything else is a 400 naming `filter`.
 */
export function validateFilter(text: string, rules: Readonly<Record<string, FilterFieldSpec>>): ValidCondition[] {
  const parsed = parseFilter(text);
  if (!parsed.ok) throw invalidParameter('filter', `Invalid filter: ${parsed.message}`);
  return parsed.conditions.map((condition) => {
    const spec = rules[condition.field];
    if (!spec) {
      const allowed = Object.keys(rules);
      throw invalidParameter(
        'filter',
        allowed.length === 0
          ? 'This endpoint does not accept a filter'
          : `"${condition.field}" cannot be filtered here; allowed fields: ${allowed.join(', ')}`,
      );
    }
    const { operator, field, value } = condition;
    const form = value === null ? spec.none : value.kind === 'list' ? spec.list : spec.single;
    if (!form.includes(operator)) {
      const shapes = [
        ...spec.single.map((op) => `${op}(${field},value)`),
        ...spec.list.map((op) => `${op}(${field},[values])`),
        ...spec.none.map((op) => `${op}(${field})`),
      ];
      throw invalidParameter('filter', `"${operator}" with this value is not allowed on "${field}"; allowed: ${shapes.join(', ')}`);
    }
    if (value === null) return { field, operator, operands: [], isList: false };
    if (value.kind === 'list') {
      if (value.items.length === 0) throw invalidParameter('filter', `the list for "${field}" is empty`);
      return { field, operator, operands: value.items.map((item) => operand(item, spec, field)), isList: true };
    }
    return { field, operator, operands: [operand(value, spec, field)], isList: false };
  });
}

export interface FilterSubject {
  /** The value a field has on this resource; datetimes as epoch ms; `undefined` when absent. */
  get(field: string): Operand | null | undefined;
  /** Fields compared without regard to case (email: our choice). */
  readonly caseInsensitive?: ReadonlySet<string>;
}

function same(a: Operand, b: Operand, caseInsensitive: boolean): boolean {
  return caseInsensitive && typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function holds(condition: ValidCondition, subject: FilterSubject): boolean {
  const actual = subject.get(condition.field);
  if (condition.operator === 'has') return actual !== null && actual !== undefined;
  if (actual === null || actual === undefined) return false;
  const [first] = condition.operands;
  if (first === undefined) return false;
  const caseInsensitive = subject.caseInsensitive?.has(condition.field) ?? false;
  switch (condition.operator) {
    case 'equals':
    case 'any':
      return condition.operands.some((operand) => same(actual, operand, caseInsensitive));
    case 'greater-than':
      return actual > first;
    case 'greater-or-equal':
      return actual >= first;
    case 'less-than':
      return actual < first;
    case 'less-or-equal':
      return actual <= first;
    case 'contains':
      return String(actual).includes(String(first));
    case 'starts-with':
      return String(actual).startsWith(String(first));
    case 'ends-with':
      return String(actual).endsWith(String(first));
    default:
      return false;
  }
}

export function matchesAll(conditions: readonly ValidCondition[], subject: FilterSubject): boolean {
  return conditions.every((condition) => holds(condition, subject));
}

/** A subject from a plain record of field values. */
export function subjectOf(values: Readonly<Record<string, Operand | null | undefined>>, caseInsensitive?: ReadonlySet<string>): FilterSubject {
  return { get: (field) => values[field], caseInsensitive };
}
