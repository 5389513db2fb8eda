import { describe, expect, it } from 'vitest';
import { createRedactingLogger } from '../../../main/logging/redacting-logger';
import { redactText } from '../../../main/logging/redact';
import type { Logger } from '../../../main/ports';

const known = 'pk_live0123456789abcdefKNOWN';
const stranger = 'pk_other9876';

function capture(): Logger & { lines: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push(fields === undefined ? { level, message } : { level, message, fields });
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

describe('redactText', () => {
  it.each([
    ['a known secret', `key=${known}`, 'key=[redacted …NOWN]'],
    ['a key-shaped string nobody registered', `sent ${stranger}!`, 'sent [redacted]!'],
    ['a short key-shaped string stays (too short to be a key)', 'pk_abc', 'pk_abc'],
    ['a known secret that is not key-shaped', 'token s3cr3t-value-123456 used', 'token [redacted …3456] used'],
    ['several occurrences', `${known} and ${known}`, '[redacted …NOWN] and [redacted …NOWN]'],
    ['nothing secret', 'get_metrics 200 attempt 1', 'get_metrics 200 attempt 1'],
  ])('%s', (_label, input, expected) => {
    expect(redactText(input, [known, 's3cr3t-value-123456'])).toBe(expected);
  });
});

describe('createRedactingLogger', () => {
  it('redacts messages and every string in the fields, at any depth, before passing them on', () => {
    const inner = capture();
    const logger = createRedactingLogger(inner, () => [known]);
    const error = Object.assign(new Error(`failed with ${known}`), { code: 'ECONNRESET' });
    logger.warn(`request with ${known}`, {
      operation: 'get_metrics',
      nested: { list: [`x ${stranger}`, 3], deeper: { value: known } },
      authorization: 'Klaviyo-API-Key anything',
      apiKey: 'whatever',
      error,
    });
    expect(inner.lines).toEqual([
      {
        level: 'warn',
        message: 'request with [redacted …NOWN]',
        fields: {
          operation: 'get_metrics',
          nested: { list: ['x [redacted]', 3], deeper: { value: '[redacted …NOWN]' } },
          authorization: '[redacted]',
          apiKey: '[redacted]',
          error: { name: 'Error', message: 'failed with [redacted …NOWN]', code: 'ECONNRESET' },
        },
      },
    ]);
    expect(JSON.stringify(inner.lines)).not.toContain(known);
  });

  it('asks for the secrets at each call, so keys added later are redacted too', () => {
    const inner = capture();
    const secrets: string[] = [];
    const logger = createRedactingLogger(inner, () => secrets);
    secrets.push('late-secret-abcdefgh');
    logger.info('uses late-secret-abcdefgh');
    expect(inner.lines[0]?.message).toBe('uses [redacted …efgh]');
  });

  it('survives circular fields', () => {
    const inner = capture();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop['self'] = loop;
    createRedactingLogger(inner, () => []).error('loop', { loop });
    expect(inner.lines[0]?.fields).toEqual({ loop: { name: 'loop', self: '[circular]' } });
  });
});
