import { describe, expect, it } from 'vitest';
import { keyProtection } from '../../../main/desktop/secret-protection';

describe('key protection', () => {
  it.each([
    [true, null, 'keychain'],
    [true, 'gnome_libsecret', 'keychain'],
    [true, 'kwallet6', 'keychain'],
    [true, 'basic_text', 'weak'],
    [false, 'basic_text', 'none'],
    [false, 'unknown', 'none'],
  ] as const)('encryption %s with backend %s is %s', (available, backend, expected) => {
    expect(keyProtection(available, backend)).toBe(expected);
  });
});
