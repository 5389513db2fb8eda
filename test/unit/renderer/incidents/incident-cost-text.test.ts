import { describe, expect, it } from 'vitest';
import { costSentence, formatAmount, incidentCostText, missingEventsText } from '../../../../renderer/features/incidents/incident-cost-text';
import { translator } from '../home/translator';
import { incident } from './incident-fixtures';

const now = new Date('2026-11-22T18:40:00Z');
const context = (language: 'en' | 'fr' | 'de' | 'pt', locale: string) => ({ t: translator(language), locale, timeZone: 'America/New_York', now, accountCurrency: 'EUR' });
// ICU's spaces vary between versions (narrow no-break, no-break, plain): compare with them plain.
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('incident cost text', () => {
  it('says about how many events went missing, with the range, rounded to whole events', () => {
    const text = incidentCostText(incident().cost, context('en', 'en-US'));
    expect(text.events).toBe('about 60 missing Placed Order events (between 41 and 80)');
  });

  it('writes the missing revenue in the cost’s currency, to the whole unit, with its range', () => {
    const text = incidentCostText(incident().cost, context('en', 'en-US'));
    expect(text.revenue).toBe('about $5,400 in missing revenue (between $4,000 and $6,800)');
    expect(plain(incidentCostText(incident().cost, context('fr', 'fr-FR')).revenue)).toBe(
      'environ 5 400 $US de chiffre d’affaires manquant (entre 4 000 $US et 6 800 $US)',
    );
  });

  it('falls back to the account’s currency when the cost names none', () => {
    const cost = { ...incident().cost, currency: null };
    expect(plain(incidentCostText(cost, context('de', 'de-DE')).revenue)).toBe('etwa 5.400 € entgangener Umsatz (zwischen 4.000 € und 6.800 €)');
  });

  it('has no revenue line when no member carries order values', () => {
    const cost = { ...incident().cost, missingRevenue: null };
    expect(incidentCostText(cost, context('en', 'en-US')).revenue).toBeNull();
    expect(costSentence(cost, context('en', 'en-US'))).not.toMatch(/revenue/);
  });

  it('says a platform switch’s events moved rather than pricing them, in the centre too', () => {
    const cost = { ...incident().cost, missingRevenue: null, movedElsewhere: true };
    expect(incidentCostText(cost, context('en', 'en-US')).revenue).toBe('Not a loss: these events now arrive through the new integration.');
    expect(plain(incidentCostText(cost, context('fr', 'fr-FR')).revenue)).toMatch(/^Pas une perte/);
  });

  it('on Home, writes the moved events as a sentence of their own, not as a second cost after "and"', () => {
    const cost = { ...incident().cost, missingRevenue: null, movedElsewhere: true };
    expect(plain(costSentence(cost, context('en', 'en-US')))).toMatch(
      /^So far, through 1:00 PM( \S+)?: about 60 missing Placed Order events \(between 41 and 80\)\. Not a loss: these events now arrive through the new integration\.$/,
    );
  });

  it('labels a live cost "so far, through" the last hour counted, on the account’s clock', () => {
    // 18:00 UTC is 1 p.m. in New York.
    expect(plain(incidentCostText(incident().cost, context('en', 'en-US')).label)).toMatch(/^So far, through 1:00 PM( \S+)?$/);
    expect(plain(incidentCostText(incident().cost, context('fr', 'fr-FR')).label)).toMatch(/^Jusqu’ici, données jusqu’à 13:00( \S+)?$/);
  });

  it('labels a frozen cost as final, with its day once it is not today', () => {
    const cost = { ...incident().cost, final: true, through: '2026-11-20T18:00:00.000Z' };
    expect(plain(incidentCostText(cost, context('en', 'en-US')).label)).toMatch(/^Final estimate, through Nov 20, 1:00 PM( \S+)?$/);
  });

  it('chooses the singular for one event, and never writes a negative or inverted range', () => {
    expect(missingEventsText({ estimate: 0.6, low: -2, high: 0.4 }, 'Placed Order', { t: translator('en'), locale: 'en-US' })).toBe(
      'about 1 missing Placed Order event (between 0 and 1)',
    );
    expect(missingEventsText({ estimate: 2, low: 1, high: 3 }, 'Commande', { t: translator('fr'), locale: 'fr-FR' })).toBe(
      'environ 2 événements Commande manquants (entre 1 et 3)',
    );
  });

  it('writes an amount without a currency as a plain number, and an unknown code after the number', () => {
    expect(formatAmount(5400.4, 'en-US', null)).toBe('5,400');
    expect(formatAmount(12, 'en-US', 'NOT-A-CODE')).toBe('12 NOT-A-CODE');
  });

  it('puts the whole cost in one sentence for Home', () => {
    expect(plain(costSentence(incident().cost, context('en', 'en-US')))).toMatch(
      /^So far, through 1:00 PM( \S+)?: about 60 missing Placed Order events \(between 41 and 80\) and about \$5,400 in missing revenue \(between \$4,000 and \$6,800\)\.$/,
    );
  });
});
