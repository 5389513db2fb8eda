import { describe, expect, it } from 'vitest';
import { operations, operationNames } from '../../../shared/klaviyo/operations';
import { specFilters, specQueryParameters } from '../../../main/simulator/spec-parameters';
import { loadSpecDocument } from '../../contract/openapi-contract';

/**
 * spec-parameters.ts is copied from the spec subset; this keeps the copy honest. The subset is
 * required (test/contract/spec/): without it this fails, naming the path.
 */
interface Parameter {
  name: string;
  in: string;
  schema: { type?: string; enum?: string[]; items?: { enum?: string[] }; minimum?: number; maximum?: number; default?: number };
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  'x-klaviyo-filters'?: Record<string, { operators: Record<string, string[]>; value?: { type: string; format?: string; enum?: string[] } }>;
}

describe('spec parameter tables match the spec subset', () => {
  const spec = loadSpecDocument() as unknown as { paths: Record<string, Record<string, Operation>> };

  it.each(operationNames)('%s', (name) => {
    const operation = spec.paths[operations[name].path]?.[operations[name].method.toLowerCase()];
    // The path and method lead to the operation of that id, not just to something.
    expect(operation?.operationId).toBe(operations[name].id);
    const expected = Object.fromEntries(
      (operation?.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => {
          const schema = parameter.schema;
          if (schema.type === 'array') return [parameter.name, { kind: 'enum-list', values: schema.items?.enum }];
          if (schema.enum) return [parameter.name, { kind: 'enum', values: schema.enum }];
          if (schema.type === 'integer') return [parameter.name, { kind: 'integer', min: schema.minimum, max: schema.maximum, default: schema.default }];
          return [parameter.name, { kind: 'string' }];
        }),
    );
    expect(specQueryParameters[name]).toEqual(expected);
    const filters = Object.fromEntries(
      Object.entries(operation?.['x-klaviyo-filters'] ?? {}).map(([field, rule]) => [
        field,
        {
          single: rule.operators.single ?? [],
          list: rule.operators.list ?? [],
          none: rule.operators.none ?? [],
          type: rule.value ? (rule.value.format === 'date-time' ? 'date-time' : rule.value.type) : 'none',
          ...(rule.value?.enum ? { values: rule.value.enum } : {}),
        },
      ]),
    );
    expect(specFilters[name]).toEqual(filters);
  });
});
