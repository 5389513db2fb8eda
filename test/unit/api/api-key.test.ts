import { describe, expect, it } from 'vitest';
import { normalizeApiKey } from '../../../main/api/api-key';
import { AppError } from '../../../shared/domain/errors';

const key = 'pk_0123456789abcdef0123456789abcdef01';

describe('normalizeApiKey', () => {
  it.each([
    ['as pasted', key, false],
    ['leading space', ` ${key}`, true],
    ['trailing newline', `${key}\n`, true],
    ['CRLF from a text file', `${key}\r\n`, true],
    ['tabs both sides', `\t${key}\t`, true],
    ['no-break spaces', `\u00A0${key}\u00A0`, true],
    ['zero-width space', `\u200B${key}`, true],
    ['byte-order mark', `\uFEFF${key}`, true],
    ['a mix', ` \u00A0\t${key} \n\u200B`, true],
  ])('%s', (_label, raw, trimmed) => {
    expect(normalizeApiKey(raw)).toEqual({ key, trimmed });
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\u00A0'],
    ['a space inside', 'pk_0123 456789'],
    ['a newline inside', 'pk_0123\n456789'],
    ['non-ASCII inside', 'pk_0123é456789'],
  ])('refuses %s with invalid-key, without repeating the key', (_label, raw) => {
    let error: unknown;
    try {
      normalizeApiKey(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid-key');
    if (raw.trim().length > 0) expect((error as AppError).message).not.toContain(raw.trim());
  });
});
