import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, matchLanguage } from '../../shared/i18n/catalogues';
import type { Language } from '../../shared/domain/settings';

const resources = Object.fromEntries(
  Object.entries(catalogues).map(([language, catalogue]) => [language, { translation: catalogue }]),
);

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function resolveLanguage(setting: Language | 'system', systemLocale: string): Language {
  return setting === 'system' ? matchLanguage(systemLocale) : setting;
}
