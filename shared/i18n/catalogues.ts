import type { Language } from '../domain/settings';
import { de } from './de';
import { en, type Catalogue } from './en';
import { fr } from './fr';
import { pt } from './pt';

export const catalogues: Record<Language, Catalogue> = { en, fr, de, pt };

/** Picks the supported language closest to a BCP 47 tag ("pt-BR" -> pt); English otherwise. */
export function matchLanguage(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'de' || base === 'pt' ? base : 'en';
}
