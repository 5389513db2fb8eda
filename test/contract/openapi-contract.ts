import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { matchOperation, operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * The one check of requests and responses against the official OpenAPI subset (revision
 * 2026-07-15), the document the simulator and the client were built from. A verbatim copy lives in
 * `test/contract/spec/` so the checks never depend on what happens to sit beside a checkout. Two validators: a strict one, and one for sparse-fieldset responses, where the spec's
 * `required` lists are known to give false failures (digest §4) and are therefore dropped
 * everywhere under a resource's attributes.
 *
 * The spec is required, not optional: without it these checks would prove nothing, so loading
 * fails with a message saying where it was looked for, rather than letting a test skip.
 */
export const specPath = resolve(import.meta.dirname, 'spec/klaviyo-openapi-subset.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'query' | 'header' | 'path';
  required?: boolean;
  schema: JsonObject;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonObject }> };
  responses: Record<string, JsonObject>;
}

export interface RequestUnderTest {
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: string;
}

const mediaType = 'application/vnd.api+json';
// ajv-formats is published as CommonJS with a default export; under ESM interop it may be nested.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** The spec subset as published, for tests that read it directly (e.g. the simulator's parameter tables). */
export function loadSpecDocument(path = specPath): JsonObject {
  if (!existsSync(path)) {
    throw new Error(`The API spec subset is missing at ${path}: the contract tests cannot run without it.`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * OpenAPI 3.0's `nullable` is not JSON Schema: rewrite it as a `null` alternative everywhere, so
 * Ajv validates exactly what the spec means (also where `nullable` sits beside a `$ref` or no type).
 */
function convertNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = convertNullable(value);
  if (out['nullable'] !== true) return out;
  delete out['nullable'];
  if (typeof out['type'] === 'string' && out['$ref'] === undefined) {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** The subschemas of a schema node: where a sparse response's attributes can nest. */
function subschemas(schema: JsonObject): Json[] {
  const properties = schema['properties'];
  const nested = isObject(properties) ? Object.values(properties) : [];
  for (const keyword of ['items', 'additionalProperties']) {
    if (schema[keyword] !== undefined) nested.push(schema[keyword]);
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[keyword];
    if (Array.isArray(list)) nested.push(...list);
  }
  return nested;
}

/**
 * Drops `required` under every resource's `attributes`, at any depth and through `$ref`s, for
 * sparse responses: `fields[account]=contact_information.street_address.city` leaves the account,
 * its contact information and its address each with one member of their required lists. Inline
 * attributes count too (the metric-aggregate response has its resource inline).
 */
function relaxAttributes(spec: JsonObject): JsonObject {
  const relaxed = structuredClone(spec);
  const schemas = (relaxed['components'] as JsonObject)['schemas'] as JsonObject;
  const relaxedNodes = new Set<JsonObject>();
  const relax = (node: Json | undefined): void => {
    if (!isObject(node) || relaxedNodes.has(node)) return;
    relaxedNodes.add(node);
    delete node['required'];
    const ref = node['$ref'];
    if (typeof ref === 'string') relax(schemas[ref.replace('#/components/schemas/', '')]);
    subschemas(node).forEach(relax);
  };
  const seen = new Set<JsonObject>();
  const findAttributes = (node: Json | undefined): void => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    const properties = node['properties'];
    if (isObject(properties) && properties['attributes'] !== undefined) relax(properties['attributes']);
    subschemas(node).forEach(findAttributes);
  };
  Object.values(schemas).forEach(findAttributes);
  return relaxed;
}

function buildAjv(spec: JsonObject): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'spec');
  return ajv;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export interface SpecContract {
  validateRequest(request: RequestUnderTest): string[];
  validateResponse(operation: OperationName, status: number, body: unknown, sparse: boolean): string[];
}

export function loadSpecContract(path = specPath): SpecContract {
  const spec = convertNullable(loadSpecDocument(path)) as JsonObject;
  const strict = buildAjv(spec);
  const sparse = buildAjv(relaxAttributes(spec));
  const paths = spec['paths'] as JsonObject;
  const compiled = new Map<string, ValidateFunction>();

  const operationObject = (name: OperationName): OperationObject => {
    const { path, method } = operations[name];
    return (paths[path] as JsonObject)[method.toLowerCase()] as unknown as OperationObject;
  };

  const validatorFor = (ajv: Ajv, key: string, schema: JsonObject): ValidateFunction => {
    const cacheKey = `${ajv === sparse ? 'sparse' : 'strict'}:${key}`;
    let validate = compiled.get(cacheKey);
    if (!validate) {
      // Schemas from the spec use document-local refs; rewrite them to the registered document.
      const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')) as JsonObject;
      validate = ajv.compile(rebased);
      compiled.set(cacheKey, validate);
    }
    return validate;
  };

  const responseSchema = (operation: OperationObject, status: number): JsonObject | undefined => {
    const entry = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
    if (!entry) return undefined;
    const resolved =
      typeof entry['$ref'] === 'string'
        ? (((spec['components'] as JsonObject)['responses'] as JsonObject)[entry['$ref'].split('/').pop()!] as JsonObject)
        : entry;
    const content = resolved['content'] as JsonObject | undefined;
    return (content?.[mediaType] as JsonObject | undefined)?.['schema'] as JsonObject | undefined;
  };

  return {
    validateRequest(request) {
      const problems: string[] = [];
      const match = matchOperation(request.method, request.path);
      if (!match) return [`${request.method} ${request.path} is not one of the seven operations`];
      const operation = operationObject(match.name);
      const parameters = operation.parameters ?? [];
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));

      if (!/^Klaviyo-API-Key \S+/.test(headers['authorization'] ?? '')) {
        problems.push('Authorization header must be "Klaviyo-API-Key <key>"');
      }
      for (const parameter of parameters.filter((p) => p.in === 'header')) {
        const value = headers[parameter.name.toLowerCase()];
        if (value === undefined) {
          if (parameter.required) problems.push(`missing required header ${parameter.name}`);
          continue;
        }
        const validate = validatorFor(strict, `${match.name}:header:${parameter.name}`, parameter.schema);
        if (!validate(value)) problems.push(...describe(validate.errors).map((e) => `header ${parameter.name}: ${e}`));
      }
      if (headers['revision'] !== undefined && !/^\d{4}-\d{2}-\d{2}(\.\w+)?$/.test(headers['revision'])) {
        problems.push(`revision header "${headers['revision']}" is not YYYY-MM-DD[.suffix]`);
      }

      for (const parameter of parameters.filter((p) => p.in === 'path')) {
        const validate = validatorFor(strict, `${match.name}:path:${parameter.name}`, parameter.schema);
        if (!validate(match.pathId)) problems.push(...describe(validate.errors).map((e) => `path ${parameter.name}: ${e}`));
      }

      const queryParameters = parameters.filter((p) => p.in === 'query');
      const seen = new Set<string>();
      for (const [name, value] of request.query) {
        const parameter = queryParameters.find((p) => p.name === name);
        if (!parameter) {
          problems.push(`query parameter ${name} is not defined for ${operations[match.name].id}`);
          continue;
        }
        if (seen.has(name)) problems.push(`query parameter ${name} repeated (arrays are comma lists, explode: false)`);
        seen.add(name);
        const schema = parameter.schema;
        const candidate: Json =
          schema['type'] === 'array' ? value.split(',') : schema['type'] === 'integer' || schema['type'] === 'number' ? Number(value) : value;
        const validate = validatorFor(strict, `${match.name}:query:${name}`, schema);
        if (!validate(candidate)) problems.push(...describe(validate.errors).map((e) => `query ${name}: ${e}`));
      }
      for (const parameter of queryParameters) {
        if (parameter.required && !seen.has(parameter.name)) problems.push(`missing required query parameter ${parameter.name}`);
      }

      if (operation.requestBody) {
        const contentType = headers['content-type'] ?? '';
        if (!contentType.startsWith(mediaType)) problems.push(`Content-Type "${contentType}" is not ${mediaType}`);
        const schema = operation.requestBody.content[mediaType]?.schema;
        let body: unknown;
        try {
          body = JSON.parse(request.body);
        } catch {
          problems.push('request body is not JSON');
        }
        if (schema && body !== undefined) {
          const validate = validatorFor(strict, `${match.name}:body`, schema);
          if (!validate(body)) problems.push(...describe(validate.errors).map((e) => `body: ${e}`));
        }
      } else if (request.body.length > 0) {
        problems.push(`${request.method} ${request.path} takes no body`);
      }
      return problems;
    },

    validateResponse(name, status, body, isSparse) {
      const schema = responseSchema(operationObject(name), status);
      if (!schema) return [`${operations[name].id} declares no response for status ${status}`];
      const validate = validatorFor(isSparse ? sparse : strict, `${name}:response:${status >= 500 ? '5XX' : status >= 400 ? '4XX' : status}`, schema);
      return validate(body) ? [] : describe(validate.errors);
    },
  };
}
