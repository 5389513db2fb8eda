import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { NeedsKeyAgainNotices } from '../../../../renderer/features/accounts/needs-key-again-notices';
import type { AccountSummary } from '../../../../shared/domain/account';
import type { AccountStatus } from '../../../../shared/domain/sync';
import type { Language } from '../../../../shared/domain/settings';
import { catalogues } from '../../../../shared/i18n/catalogues';

async function render(language: Language, accounts: AccountSummary[], statuses: Record<string, AccountStatus>): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    lng: language,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(NeedsKeyAgainNotices, { accounts, statuses })));
}

/** What the Accounts screen draws above its form once a sync found an account's saved key unreadable. */
describe('Accounts screen', () => {
  it.each(['en', 'fr'] as const)('names the account that needs its key again (%s)', async (language) => {
    const html = await render(
      language,
      [
        { id: 'a', name: 'Fine Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
        { id: 'b', name: 'Lost Key Shop', kind: 'real', timezone: 'UTC', currency: 'EUR' },
      ],
      {
        a: { accountId: 'a', state: 'up-to-date', lastSyncedAt: '2026-11-23T10:00:00Z' },
        b: { accountId: 'b', state: 'needs-attention', reason: 'key-unreadable', scope: null, lastSyncedAt: null },
      },
    );
    const expected = language === 'en' ? 'Lost Key Shop needs its key again.' : 'Lost Key Shop a de nouveau besoin de sa clé.';
    expect(html).toContain(expected);
    expect(html).not.toContain('Fine Shop needs');
  });
});
