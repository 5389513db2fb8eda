import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  headlineMember,
  incidentBannerText,
  incidentFacts,
  incidentStatusText,
  incidentTitle,
  moreMetricsText,
} from '../../../../renderer/features/incidents/incident-text';
import { translator } from '../home/translator';
import { addedToCart, incident, placedOrder } from './incident-fixtures';

const now = new Date('2026-11-22T18:40:00Z');
const metrics = [
  { name: 'Placed Order', integrationName: 'Shopify' },
  { name: 'Added to Cart', integrationName: 'Shopify' },
];
const context = (language: 'en' | 'fr' | 'de' | 'pt', locale: string) => ({ t: translator(language), locale, timeZone: 'America/New_York', now, metrics });
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');
const zone = '( \\S+)?';

describe('incident text', () => {
  it('heads the incident with its headline metric, wherever main lists it among the members', () => {
    expect(headlineMember(incident()).metricId).toBe('PLACED1');
    expect(incidentTitle(incident(), context('en', 'en-US'))).toBe('Placed Order dropped in Outdoor Co');
    expect(incidentTitle(incident(), context('de', 'de-DE'))).toBe('Einbruch bei Placed Order in Outdoor Co');
  });

  it('counts and names the other metrics, and says nothing when the headline is alone', () => {
    expect(moreMetricsText(incident(), context('en', 'en-US'))).toBe('and 1 more metric: Added to Cart');
    const three = incident({ members: [placedOrder, addedToCart, { ...addedToCart, alertId: 'a3', metricId: 'VIEW1', metricName: 'Viewed Product' }] });
    expect(moreMetricsText(three, context('en', 'en-US'))).toBe('and 2 more metrics: Added to Cart and Viewed Product');
    expect(moreMetricsText(three, context('fr', 'fr-FR'))).toBe('et 2 autres indicateurs : Added to Cart et Viewed Product');
    expect(moreMetricsText(incident({ members: [placedOrder] }), context('en', 'en-US'))).toBeNull();
  });

  it('names the integration only when another integration sends a metric of the same name', () => {
    const twoShops = [...metrics, { name: 'Placed Order', integrationName: 'BigCommerce' }];
    expect(incidentTitle(incident(), { ...context('en', 'en-US'), metrics: twoShops })).toBe('Placed Order (Shopify) dropped in Outdoor Co');
  });

  it('words Home’s banner on the headline metric: below expected, stopped, or back to normal while recovering', () => {
    expect(plain(incidentBannerText(incident(), context('en', 'en-US')))).toMatch(new RegExp(`^Placed Order is below expected since Sun 7:00 AM${zone}$`));
    const silent = incident({ members: [{ ...placedOrder, figures: { ...placedOrder.figures, now: { ...placedOrder.figures.now!, observed: 0 } } }] });
    expect(plain(incidentBannerText(silent, context('en', 'en-US')))).toMatch(new RegExp(`^Placed Order has stopped: nothing recorded since Sun 7:00 AM${zone}$`));
    const recovering = incident({ state: 'recovering', end: '2026-11-22T17:00:00.000Z' });
    expect(plain(incidentBannerText(recovering, context('en', 'en-US')))).toMatch(new RegExp(`^Placed Order is back to normal since Sun 12:00 PM${zone}; the incident closes`));
  });

  it('states the incident’s state and what the operator did about it', () => {
    expect(incidentStatusText(incident(), context('en', 'en-US'))).toEqual({ state: 'Ongoing', mute: null });
    expect(incidentStatusText(incident({ mute: 'dismissed', dismissedAt: '2026-11-22T18:00:00.000Z' }), context('fr', 'fr-FR'))).toEqual({ state: 'En cours', mute: 'Ignoré' });
    const snoozed = incident({ state: 'recovering', end: '2026-11-22T17:00:00.000Z', mute: 'snoozed', snoozedUntil: '2026-12-22T18:00:00.000Z' });
    expect(incidentStatusText(snoozed, context('en', 'en-US'))).toEqual({ state: 'Recovering', mute: 'Snoozed until December 22, 2026' });
  });

  it('gives the start, and the end and duration once it ended, on the account’s clock', () => {
    const live = incidentFacts(incident(), context('en', 'en-US')).map(({ label, value }) => `${label}: ${plain(value)}`);
    expect(live[0]).toMatch(new RegExp(`^Started: Nov 22, 2026, 7:00 AM${zone}$`));
    expect(live[1]).toBe('Under way for: 7 hours');
    expect(live).toHaveLength(2);
    const ended = incident({ state: 'resolved', end: '2026-11-23T15:00:00.000Z', resolvedAt: '2026-11-23T17:00:00.000Z' });
    const facts = incidentFacts(ended, context('en', 'en-US')).map(({ label, value }) => `${label}: ${plain(value)}`);
    expect(facts[1]).toMatch(new RegExp(`^Back to normal: Nov 23, 2026, 10:00 AM${zone}$`));
    expect(facts[2]).toBe('Lasted: 1 day, 3 hours');
    expect(facts[3]).toMatch(/^Resolved: Nov 23, 2026, 12:00 PM/);
  });

  it('writes durations in whole units, in the language’s words and plurals', () => {
    expect(formatDuration(45 * 60_000, 'en-US')).toBe('45 minutes');
    expect(formatDuration(60 * 60_000, 'en-US')).toBe('1 hour');
    expect(formatDuration(5.4 * 3_600_000, 'de-DE')).toBe('5 Stunden');
    expect(plain(formatDuration(48 * 3_600_000, 'fr-FR'))).toBe('2 jours');
    expect(formatDuration(47.8 * 3_600_000, 'en-US')).toBe('2 days');
    expect(formatDuration(-5, 'en-US')).toBe('0 minutes');
  });
});
