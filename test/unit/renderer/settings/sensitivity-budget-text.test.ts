import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../shared/i18n/catalogues';
import { sensitivityBudgetText } from '../../../../renderer/features/settings/sensitivity-budget-text';

/** Settings states each sensitivity's false-alarm budget, the detector's own figure. */
async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('sensitivityBudgetText', () => {
  it('states 0.02 / 0.1 / 0.5 false alerts a month, and how often that is', async () => {
    const t = await translator('en');
    expect(sensitivityBudgetText(t, 'low', 'en')).toBe('At this sensitivity a healthy metric raises at most about 0.02 false alerts a month: one every 4 years.');
    expect(sensitivityBudgetText(t, 'normal', 'en')).toBe('At this sensitivity a healthy metric raises at most about 0.1 false alerts a month: one every 10 months.');
    expect(sensitivityBudgetText(t, 'high', 'en')).toBe('At this sensitivity a healthy metric raises at most about 0.5 false alerts a month: one every 2 months.');
  });

  it('in French with a decimal comma', async () => {
    const t = await translator('fr');
    expect(sensitivityBudgetText(t, 'normal', 'fr')).toBe(
      'À cette sensibilité, un indicateur en bonne santé déclenche au plus environ 0,1 fausse alerte par mois : une tous les 10 mois.',
    );
  });
});
