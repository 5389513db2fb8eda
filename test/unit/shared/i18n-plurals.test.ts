import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/settings';
import { catalogues } from '../../../shared/i18n/catalogues';

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

const languages = Object.keys(catalogues) as Language[];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Placeholders that always hold a number of things, so the words around them must agree with it. */
const COUNT_PLACEHOLDER = /{{\s*(count|number|n|checks|days|hours|minutes|unread)\s*}}/;

const translators = new Map<Language, TFunction>();
beforeAll(async () => {
  for (const language of languages) {
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation: catalogues[language] } }, interpolation: { escapeValue: false } });
    translators.set(language, instance.t);
  }
});

/** A plural key's other placeholders filled with a marker, so only the count varies. */
function render(language: Language, base: string, count: number): string {
  const template = leaves(catalogues[language] as unknown as Tree).get(`${base}_other`) ?? '';
  const values: Record<string, string | number> = { count };
  for (const [, name] of template.matchAll(/{{\s*(\w+)\s*}}/g)) if (name !== 'count') values[name!] = 'X';
  return translators.get(language)!(base, values);
}

describe('plural messages', () => {
  const pluralBases = [...leaves(catalogues.en as unknown as Tree).keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));

  it('exist for every count the screens write', () => {
    expect(pluralBases).toEqual(
      expect.arrayContaining([
        'settings.minutes',
        'settings.hours',
        'flowsScreen.archivedHidden',
        'flowsScreen.panel.snoozeDays',
        'notificationCentre.bellUnread',
        'desktop.summaryTitle',
        'desktop.tray.tooltipMany',
        'wizardsScreen.testOrder.checking',
        'wizardsScreen.test-order.items.waiting.unknown',
        'wizardsScreen.migration.items.legacyFlows.no',
      ]),
    );
  });

  // French and Portuguese (Brazil) treat 0 like 1; English and German only 1.
  const singular: Record<Language, readonly number[]> = { en: [1], de: [1], fr: [0, 1], pt: [0, 1] };

  it.each(languages)('%s: every plural renders the right form for 0, 1, 2 and 5', (language) => {
    const messages = leaves(catalogues[language] as unknown as Tree);
    for (const base of pluralBases) {
      for (const count of [0, 1, 2, 5]) {
        const form = singular[language].includes(count) ? 'one' : 'other';
        const expected = messages.get(`${base}_${form}`)!.replace(/{{\s*count\s*}}/g, String(count)).replace(/{{\s*\w+\s*}}/g, 'X');
        expect(render(language, base, count), `${base} ${count}`).toBe(expected);
      }
    }
  });

  it.each([
    ['en', '1 hour', '2 hours'],
    ['fr', '1 heure', '2 heures'],
    ['de', '1 Stunde', '2 Stunden'],
    ['pt', '1 hora', '2 horas'],
  ] as const)('%s: one hour is singular, two are plural', (language, one, two) => {
    expect(render(language, 'settings.hours', 1)).toBe(one);
    expect(render(language, 'settings.hours', 2)).toBe(two);
  });

  it.each(languages)('%s: no number placeholder outside a plural key (no "1 hours")', (language) => {
    const offenders = [...leaves(catalogues[language] as unknown as Tree)]
      .filter(([key, text]) => COUNT_PLACEHOLDER.test(text) && !PLURAL_SUFFIX.test(key))
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it.each(languages)('%s: the singular form of a count message is not the plural one', (language) => {
    const messages = leaves(catalogues[language] as unknown as Tree);
    const same = pluralBases.filter((base) => messages.get(`${base}_one`) === messages.get(`${base}_other`));
    // Only where the language really writes both alike ("1 unread", "2 unread"; German "ungelesen").
    expect(same.filter((base) => base !== 'notificationCentre.bellUnread')).toEqual([]);
  });
});
