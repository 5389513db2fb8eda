import { describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../shared/domain/errors';
import { routes } from '../../../shared/domain/navigation';
import { catalogues, matchLanguage } from '../../../shared/i18n/catalogues';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const reference = leaves(catalogues.en as unknown as Tree);

  it.each(Object.keys(catalogues))('%s has exactly the keys of every other language', (language) => {
    const keys = leaves(catalogues[language as keyof typeof catalogues] as unknown as Tree);
    expect([...keys.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.keys(catalogues))('%s has no empty message and keeps every placeholder', (language) => {
    const messages = leaves(catalogues[language as keyof typeof catalogues] as unknown as Tree);
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it('translates every error code and every screen name', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const code of errorCodeSchema.options) expect(catalogue.errors[code]).toBeTruthy();
      for (const route of routes) expect(catalogue.nav[route]).toBeTruthy();
    }
  });

  it('is really translated: the navigation differs from English in every other language', () => {
    for (const language of ['fr', 'de', 'pt'] as const) {
      expect(catalogues[language].nav.settings).not.toBe(catalogues.en.nav.settings);
      expect(catalogues[language].home.emptyBody).not.toBe(catalogues.en.home.emptyBody);
    }
  });

  it.each([
    ['fr-FR', 'fr'],
    ['de', 'de'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['en-GB', 'en'],
    ['ja-JP', 'en'],
    ['', 'en'],
  ])('matches the system locale %s to %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });
});
