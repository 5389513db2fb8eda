import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../shared/domain/settings';
import { catalogues } from '../../shared/i18n/catalogues';

/** The main process's words (notifications, tray, dialogs) in one language. */
export type MainText = (language: Language) => TFunction;

/** A translator over the shared catalogues; whoever needs words is handed one. */
export function createMainText(): MainText {
  const translator = i18next.createInstance();
  // Synchronous init: the catalogues are already in memory, and a notification cannot wait.
  void translator.init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return (language) => translator.getFixedT(language);
}

let shared: MainText | null = null;

/**
 * The words of the screens main draws itself (tray, start-up checks, recovery page, key dialog),
 * from one translator made on first use. Notices do not use it: they are handed their translator.
 */
export function mainText(language: Language): TFunction {
  shared ??= createMainText();
  return shared(language);
}
