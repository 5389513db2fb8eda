import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels } from '../../../shared/ipc/contract';

/**
 * Every string a caller can send across the bridge has a length bound (`.max()`, or a format or
 * pattern that fixes it): nothing the renderer or a web page sends can make main hold or store
 * megabytes of text. Walks each channel's input schema.
 */
function unboundedStrings(schema: z.core.$ZodType, path: string, found: string[], seen = new Set<z.core.$ZodType>()): string[] {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const walk = (inner: unknown, at: string) => unboundedStrings(inner as z.core.$ZodType, at, found, seen);
  switch (def.type) {
    case 'string': {
      const text = schema as z.ZodString;
      // ISO dates and instants have a fixed shape; a pattern bounds length only when anchored and
      // free of open-ended repeats.
      const fixedFormat = text.format === 'date' || text.format === 'datetime' || text.format === 'time';
      const patterns = (def.checks ?? []).map((check) => (check._zod.def as { pattern?: unknown }).pattern).filter((pattern) => pattern instanceof RegExp);
      const anchored = patterns.some((pattern) => pattern.source.startsWith('^') && pattern.source.endsWith('$') && !/[*+]|\{\d+,\}/.test(pattern.source));
      if (text.maxLength === null && !fixedFormat && !anchored) found.push(path || '(input)');
      break;
    }
    case 'object':
      for (const [key, value] of Object.entries((def as unknown as { shape: Record<string, unknown> }).shape)) walk(value, `${path}.${key}`);
      if (def.catchall) walk(def.catchall, `${path}.*`);
      break;
    case 'array':
      walk(def.element, `${path}[]`);
      break;
    case 'record':
      walk(def.keyType, `${path}{key}`);
      walk(def.valueType, `${path}{value}`);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option, path);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      walk(def.innerType, path);
      break;
    case 'pipe':
      walk(def.in, path);
      break;
    case 'lazy':
      found.push(`${path} (lazy: not walked)`);
      break;
    default:
      // enums, literals, numbers, booleans, undefined: no text of unbounded length.
      break;
  }
  return found;
}

describe('the contract', () => {
  it('bounds every string a caller can send', () => {
    const unbounded = Object.entries(channels).flatMap(([channel, spec]) => unboundedStrings(spec.input, '', []).map((path) => `${channel} ${path}`));
    expect(unbounded).toEqual([]);
  });

  it('sees an unbounded string when there is one', () => {
    expect(unboundedStrings(z.strictObject({ a: z.string().optional(), b: z.array(z.string().max(3)) }), '', [])).toEqual(['.a']);
  });
});
