import type { OperationName } from '../../shared/klaviyo/operations';
import { invalidParameter } from './api-error';
import { specQueryParameters, type QueryParameterSpec } from './spec-parameters';

/** A request's query, checked against the operation's parameters in the spec. */
export interface ParsedQuery {
  /** Every pair as received (after percent-decoding), in order. */
  readonly pairs: readonly [string, string][];
  /** Single-valued parameters (`filter`, `sort`, `page[cursor]`). */
  text(name: string): string | undefined;
  /** Comma lists (`fields[...]`, `include`, `additional-fields[...]`); `undefined` when absent. */
  list(name: string): readonly string[] | undefined;
  integer(name: string): number | undefined;
}

/**
 * Checks the query against the operation's parameter table. Our choices, since the spec says
 * nothing about refusals: an unknown parameter, a repeated one, an empty one, a value outside an
 * enum or a `page[size]` out of bounds is a 400 naming the parameter. Comma lists are the spec's
 * `explode: false` arrays.
 */
export function parseQuery(search: URLSearchParams, specs: Readonly<Record<string, QueryParameterSpec>>): ParsedQuery {
  const pairs = [...search.entries()];
  const lists = new Map<string, string[]>();
  const texts = new Map<string, string>();
  const integers = new Map<string, number>();

  for (const [name, value] of pairs) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw invalidParameter(
        name,
        `"${name}" is not a valid query parameter for this endpoint${known.length > 0 ? `; valid: ${known.join(', ')}` : ''}`,
      );
    }
    if (texts.has(name) || lists.has(name) || integers.has(name)) {
      throw invalidParameter(name, `"${name}" is given more than once; send one comma-separated value`);
    }
    if (value === '') throw invalidParameter(name, `"${name}" is empty`);
    switch (spec.kind) {
      case 'enum-list': {
        const items = value.split(',');
        const wrong = items.filter((item) => !spec.values.includes(item));
        if (wrong.length > 0) {
          throw invalidParameter(name, `${wrong.map((item) => `"${item}"`).join(', ')} not valid in ${name}; valid: ${spec.values.join(', ')}`);
        }
        lists.set(name, items);
        break;
      }
      case 'enum':
        if (!spec.values.includes(value)) throw invalidParameter(name, `"${value}" is not valid for ${name}; valid: ${spec.values.join(', ')}`);
        texts.set(name, value);
        break;
      case 'integer': {
        const number = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(number >= spec.min && number <= spec.max)) {
          throw invalidParameter(name, `${name} must be a whole number from ${spec.min} to ${spec.max}`);
        }
        integers.set(name, number);
        break;
      }
      case 'string':
        texts.set(name, value);
        break;
    }
  }

  return {
    pairs,
    text: (name) => texts.get(name),
    list: (name) => lists.get(name),
    integer: (name) => integers.get(name),
  };
}

/** `GET /api/metrics` has no `page[size]`; its description says at most 200 per page. */
const fixedPageSizes: Partial<Record<OperationName, number>> = { getMetrics: 200 };

/** The page size of a list request: `page[size]` as given, else the spec's default. */
export function pageSizeFor(operation: OperationName, query: ParsedQuery): number {
  const given = query.integer('page[size]');
  if (given !== undefined) return given;
  const spec = specQueryParameters[operation]['page[size]'];
  return spec?.kind === 'integer' ? spec.default : (fixedPageSizes[operation] ?? Number.MAX_SAFE_INTEGER);
}
