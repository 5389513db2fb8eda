import { describe, expect, it } from 'vitest';
import type { AlertFigures } from '../../../../shared/domain/alert';
import { alertFigureText, bucketFigureText } from '../../../../renderer/features/alerts/alert-figure-text';
import { translator } from '../home/translator';

const figures: AlertFigures = {
  // Fired on the hour ending 19:00 UTC, 14:00 in New York.
  fired: { observed: 29, expected: 100, percentBelow: 71, through: '2026-11-22T19:00:00.000Z' }, evidence: null,
  now: { observed: 72, expected: 200, percentBelow: 64, through: '2026-11-22T22:00:00.000Z' },
};
const context = (language: 'en' | 'fr', locale: string, timeZone = 'America/New_York') => ({ t: translator(language), locale, timeZone });
const computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

// ICU's spacing varies between versions: loose whitespace around "%" and times.
describe('alert figures in words', () => {
  it('labels the live figure "now" and the frozen one "when it fired", with the time on the account clock', () => {
    const text = alertFigureText(figures, context('en', 'en-US'));
    expect(text.now).toMatch(/^now 64\s?% below expected$/);
    expect(text.fired).toMatch(/^was 71\s?% below when it fired at Nov 22, 2:00\sPM/);
  });

  it('names the account zone when it is not the computer’s, and only then', () => {
    const other = computerZone === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
    expect(alertFigureText(figures, context('en', 'en-US', other)).fired).toMatch(/(GMT|UTC|[A-Z]{3})[+-]?\d*$/);
    expect(alertFigureText(figures, context('en', 'en-US', computerZone)).fired).toMatch(/[AP]M$|\d$/);
  });

  it('writes French in its own words', () => {
    const text = alertFigureText(figures, context('fr', 'fr-FR'));
    expect(text.now).toMatch(/^maintenant 64\s?% sous le niveau attendu$/);
    expect(text.fired).toMatch(/^était à 71\s?% sous le niveau attendu au déclenchement de l’alerte, le 22 nov\.?,? 14:00/);
  });

  it('says a silent metric stopped, a recovered span is back at expected, and a resolved alert has no "now"', () => {
    const silent = alertFigureText({ fired: { ...figures.fired, observed: 0, percentBelow: 100 }, evidence: null, now: { ...figures.now!, observed: 0, percentBelow: 100 } }, context('en', 'en-US'));
    expect(silent.now).toBe('now nothing recorded since the drop began');
    expect(silent.fired).toMatch(/^nothing recorded when it fired at /);
    expect(alertFigureText({ ...figures, now: { ...figures.now!, observed: 210, percentBelow: -5 } }, context('en', 'en-US')).now).toBe('now back at or above expected');
    expect(alertFigureText({ ...figures, now: null }, context('en', 'en-US')).now).toBeNull();
  });

  it('labels a chart bucket’s own reading as that bucket’s alone', () => {
    const t = translator('en');
    expect(bucketFigureText(t, 'en-US', 'hour', 30, 100)).toMatch(/^this hour alone: 70\s?% below expected$/);
    expect(bucketFigureText(t, 'en-US', 'day', 150, 100)).toMatch(/^this day alone: 50\s?% above expected$/);
    expect(bucketFigureText(t, 'en-US', 'hour', null, 100)).toBeNull();
    expect(bucketFigureText(t, 'en-US', 'hour', 3, 0)).toBeNull();
  });
});
