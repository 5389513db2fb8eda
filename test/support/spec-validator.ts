import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validates documents against the response schemas of the official spec subset, where the subset
 * is at hand (STOREPULSE_OPENAPI_SUBSET, or the shared reference folder next to the checkout).
 * OpenAPI 3.0's `nullable` is understood by Ajv; `example` and `x-klaviyo-*` are ignored.
 */
const candidates = [process.env.STOREPULSE_OPENAPI_SUBSET, '../shared/reference/klaviyo-openapi-subset.json'];

export type SpecValidator = (schemaName: string, document: unknown) => string[];

/** Ajv takes `nullable` only beside `type`; elsewhere (`$ref`, `oneOf`) it becomes `anyOf [..., null]`. */
function nullableForAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableForAjv);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, nullableForAjv(value)] as const);
  const schema: Record<string, unknown> = Object.fromEntries(entries);
  if (schema.nullable !== true || 'type' in schema) return schema;
  const rest = Object.fromEntries(entries.filter(([key]) => key !== 'nullable'));
  return { anyOf: [rest, { type: 'null' }] };
}

export function loadSpecValidator(): SpecValidator | null {
  const path = candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
  if (path === undefined) return null;
  const spec = JSON.parse(readFileSync(path, 'utf8')) as { components: unknown };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'spec', components: nullableForAjv(spec.components) });
  return (schemaName, document) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${schemaName}`);
    if (!validate) return [`no schema ${schemaName}`];
    return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}
