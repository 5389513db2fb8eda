import { describe, expect, it } from 'vitest';
import { createMainText } from '../../../main/alerts/main-text';
import type { Language } from '../../../shared/domain/settings';
import { evidenceSentence, roughly, type EvidenceFacts } from '../../../shared/i18n/evidence-sentence';

/** An alert's evidence in words: the same facts, each language's own sentence. */
const text = createMainText();
const zone = 'America/New_York';

function say(facts: EvidenceFacts, language: Language): string {
  const t = text(language);
  return evidenceSentence(facts, {
    t: (key, options) => t(key, options ?? {}),
    language,
    timeZone: zone,
    formatUntil: (iso) => new Intl.DateTimeFormat(language, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(iso)),
  });
}

// Tuesday 2026-12-01, 21:00 to 03:00 New York time: six hours of a Monday-to-Tuesday night.
const nightStop: EvidenceFacts = {
  start: '2026-12-01T02:00:00Z',
  through: '2026-12-01T08:00:00Z',
  hours: 6,
  observed: 0,
  expected: 9.2,
  probability: 1 / 8000,
};

describe('evidence sentence', () => {
  it('says what came in, what a normal night brings and the chance, in English', () => {
    expect(say(nightStop, 'en')).toBe(
      'None in the 6 hours to Tue 03:00; on a normal Tuesday night about 9 would have come in. Chance of this with nothing wrong: about 1 in 8,000.',
    );
  });

  it('in French, German and Portuguese, with their own number grouping', () => {
    expect(say(nightStop, 'fr')).toMatch(/^Rien pendant les 6 heures précédant mar\. 03:00 ; une nuit normale de mardi, il en arrive environ 9\. .*environ 1 sur 8\s000\.$/u);
    expect(say(nightStop, 'de')).toMatch(/^Nichts in den 6 Stunden bis Di\.?,? 03:00; in einer normalen Nacht auf Dienstag kommen etwa 9 herein\. .*etwa 1 zu 8\.000\.$/u);
    expect(say(nightStop, 'pt')).toMatch(/^Nenhum nas 6 horas até .*; numa madrugada normal de terça-feira chegam cerca de 9\. .*cerca de 1 em 8\.000\.$/u);
  });

  it('counts what did come in, and words a single hour as one', () => {
    const oneHour = { ...nightStop, start: '2026-12-01T19:00:00Z', through: '2026-12-01T20:00:00Z', hours: 1, observed: 3, expected: 41 };
    expect(say(oneHour, 'en')).toMatch(/^Only 3 in the hour to Tue 15:00; on a normal Tuesday afternoon about 41 would have come in\./);
  });

  it('speaks of a day for a long span and of a week for a longer one', () => {
    expect(say({ ...nightStop, hours: 20, start: '2026-11-30T12:00:00Z' }, 'en')).toContain('on a normal Monday about 9 would have come in');
    expect(say({ ...nightStop, hours: 40, start: '2026-11-29T16:00:00Z' }, 'en')).toContain('in the same hours of a normal week about 9 would have come in');
  });

  it('does not print an absurd number for a vanishing chance', () => {
    expect(say({ ...nightStop, probability: 1e-14 }, 'en')).toContain('less than 1 in a billion');
    expect(say({ ...nightStop, probability: 0 }, 'en')).toContain('less than 1 in a billion');
  });

  it('rounds estimates to two significant figures', () => {
    expect(roughly(8123)).toBe(8100);
    expect(roughly(5_734_000)).toBe(5_700_000);
    expect(roughly(9.4)).toBe(9);
    expect(roughly(0.46)).toBe(0.5);
  });
});
