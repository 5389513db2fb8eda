import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/settings';
import { catalogues } from '../../../../shared/i18n/catalogues';

/** The real catalogues behind a real i18next instance, as the window uses them. */
export function translator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language);
}
