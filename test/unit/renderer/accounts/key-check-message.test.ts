import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { keyCheckMessage } from '../../../../renderer/features/accounts/key-check-message';
import { catalogues } from '../../../../shared/i18n/catalogues';

/** What "Check the key" says for each failure the API client can name, in every language. */
describe('key check message', () => {
  it.each([
    ['errors.invalid-key', 'accounts.keyCheck.invalidKeyTitle', 'errors.invalid-key'],
    ['errors.missing-scope', 'accounts.keyCheck.missingScopeTitle', 'errors.missing-scope'],
    ['errors.unreachable', 'accounts.keyCheck.unreachableTitle', 'accounts.keyCheck.unreachableBody'],
    ['errors.timeout', 'accounts.keyCheck.unreachableTitle', 'accounts.keyCheck.unreachableBody'],
    ['errors.rate-limited', 'accounts.keyCheck.rateLimitedTitle', 'accounts.keyCheck.rateLimitedBody'],
    ['errors.server-error', 'accounts.keyCheck.serverErrorTitle', 'accounts.keyCheck.serverErrorBody'],
    ['errors.internal', 'errors.title', 'errors.internal'],
  ])('%s → %s', (errorKey, titleKey, bodyKey) => {
    expect(keyCheckMessage(errorKey)).toEqual({ titleKey, bodyKey });
  });

  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])('names the missing scope in %s', async (language) => {
    const t = await i18next.createInstance().init({ lng: language, resources: { [language]: { translation: catalogues[language] } } });
    const { titleKey, bodyKey } = keyCheckMessage('errors.missing-scope');
    expect(t(titleKey, { scope: 'metrics:read' })).toContain('metrics:read');
    expect(t(bodyKey, { scope: 'metrics:read' })).toContain('metrics:read');
    expect(t(keyCheckMessage('errors.invalid-key').titleKey)).not.toBe(t('errors.title'));
  });
});
