/**
 * Parser for Klaviyo's `filter` expressions, e.g.
 * `and(equals(profile_id,'01J…'),any(id,["a","b"]),greater-or-equal(datetime,2026-07-01T00:00:00Z))`.
 *
 * The spec shows examples, not a grammar; what we accept (our reading of the spec's examples and
 * Klaviyo's filtering guide):
 * - a condition is `operator(field)` or `operator(field,value)`; `and(...)` joins conditions and
 *   may nest (the result is flattened: every condition must hold);
 * - strings are quoted with `'` or `"`; a backslash escapes the next character;
 * - `true`, `false`, `null` and numbers are bare; datetimes are bare ISO 8601
 *   (`YYYY-MM-DDTHH:MM:SS[.ffffff][Z|±hh:mm]`);
 * - lists are `[v1,v2,...]`; spaces between tokens are ignored.
 * What the endpoint allows (fields, operators, value types) is checked afterwards (filter-rules).
 */
export type FilterValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'datetime'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly FilterValue[] };

export interface FilterCondition {
  readonly operator: string;
  readonly field: string;
  /** `null` for operators without a value, such as `has(profile)`. */
  readonly value: FilterValue | null;
}

export type FilterParseResult = { readonly ok: true; readonly conditions: FilterCondition[] } | { readonly ok: false; readonly message: string };

const datetimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/;
const numberPattern = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const operatorPattern = /^[a-z]+(-[a-z]+)*$/;
const fieldPattern = /^[A-Za-z0-9_$][A-Za-z0-9_.$-]*$/;

class FilterSyntaxError extends Error {}

export function parseFilter(text: string): FilterParseResult {
  let position = 0;

  const fail = (message: string): never => {
    throw new FilterSyntaxError(`${message} at position ${position}`);
  };
  const skipSpaces = () => {
    while (position < text.length && /\s/.test(text[position] ?? '')) position += 1;
  };
  const expect = (character: string) => {
    skipSpaces();
    if (text[position] !== character) fail(`expected "${character}"`);
    position += 1;
  };
  const peek = (): string | undefined => {
    skipSpaces();
    return text[position];
  };
  /** A bare word: up to the next delimiter. */
  const readBare = (): string => {
    skipSpaces();
    const start = position;
    while (position < text.length && !/[,()[\]\s'"]/.test(text[position] ?? '')) position += 1;
    return text.slice(start, position);
  };

  const readQuoted = (): string => {
    const quote = text[position];
    position += 1;
    let value = '';
    while (position < text.length && text[position] !== quote) {
      if (text[position] === '\\') position += 1;
      value += text[position] ?? '';
      position += 1;
    }
    if (position >= text.length) fail('unterminated string');
    position += 1;
    return value;
  };

  const readValue = (): FilterValue => {
    const next = peek();
    if (next === "'" || next === '"') return { kind: 'string', value: readQuoted() };
    if (next === '[') {
      position += 1;
      const items: FilterValue[] = [];
      if (peek() !== ']') {
        items.push(readValue());
        while (peek() === ',') {
          position += 1;
          items.push(readValue());
        }
      }
      expect(']');
      if (items.some((item) => item.kind === 'list')) fail('lists cannot be nested');
      return { kind: 'list', items };
    }
    const word = readBare();
    if (word === '') return fail('expected a value');
    if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true' };
    if (word === 'null') return { kind: 'null' };
    if (numberPattern.test(word)) return { kind: 'number', value: Number(word) };
    if (datetimePattern.test(word)) return { kind: 'datetime', text: word };
    return fail(`unquoted value "${word}" (strings must be quoted; datetimes are YYYY-MM-DDTHH:MM:SS with an optional offset)`);
  };

  const readExpression = (conditions: FilterCondition[]): void => {
    const operator = readBare();
    if (!operatorPattern.test(operator)) fail(`expected an operator such as equals(...), found "${operator}"`);
    expect('(');
    if (operator === 'and') {
      readExpression(conditions);
      while (peek() === ',') {
        position += 1;
        readExpression(conditions);
      }
      expect(')');
      return;
    }
    if (operator === 'or' || operator === 'not') fail(`"${operator}" is not supported`);
    const field = readBare();
    if (!fieldPattern.test(field)) fail(`expected a field name, found "${field}"`);
    let value: FilterValue | null = null;
    if (peek() === ',') {
      position += 1;
      value = readValue();
    }
    expect(')');
    conditions.push({ operator, field, value });
  };

  try {
    const conditions: FilterCondition[] = [];
    if (peek() === undefined) fail('empty filter');
    readExpression(conditions);
    if (peek() !== undefined) fail('unexpected text after the expression');
    return { ok: true, conditions };
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}
