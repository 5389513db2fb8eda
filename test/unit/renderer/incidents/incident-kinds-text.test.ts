import { describe, expect, it } from 'vitest';
import type { IncidentMember } from '../../../../shared/domain/incident';
import { incidentBannerText, incidentTitle } from '../../../../renderer/features/incidents/incident-text';
import { costSentence, incidentCostText } from '../../../../renderer/features/incidents/incident-cost-text';
import { costSummaryText, incidentHeadline, memberLabels, timelineLineText } from '../../../../renderer/features/notifications/incident-text';
import { timelineEventText } from '../../../../renderer/features/incidents/incident-timeline-text';
import { alertFigureText } from '../../../../renderer/features/alerts/alert-figure-text';
import { incidentFiredText, incidentResolvedText } from '../../../../main/alerts/incident-notice-text';
import { incidentNotice } from '../../../../main/alerts/incident-notice';
import { createMainText } from '../../../../main/alerts/main-text';
import { translator } from '../home/translator';
import { incident, placedOrder } from './incident-fixtures';

/**
 * A revenue drop (the value of Placed Order falling while the orders keep coming) and a harmful
 * rise (spam complaints up) are worded as what they are on every surface: never as an order drop.
 */
const now = new Date('2026-11-22T18:40:00Z');
const metrics = [{ name: 'Placed Order', integrationName: 'Shopify' }];
const context = (language: 'en' | 'fr', locale: string) => ({ t: translator(language), locale, timeZone: 'America/New_York', now, metrics });
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

const valueMember: IncidentMember = {
  ...placedOrder,
  alertId: 'alert-value',
  kind: 'value-down',
  figures: {
    fired: { observed: 1_200, expected: 2_600, percentBelow: 54, through: '2026-11-22T15:00:00.000Z' },
    now: { observed: 2_100, expected: 4_500, percentBelow: 53, through: '2026-11-22T18:00:00.000Z' },
    evidence: { start: '2026-11-22T12:00:00.000Z', hours: 3, probability: 2e-7 },
    kind: 'value-down',
    currency: 'USD',
  },
  missingEvents: { estimate: 0, low: 0, high: 0 },
};
const spamMember: IncidentMember = {
  ...placedOrder,
  alertId: 'alert-spam',
  metricId: 'SPAM1',
  metricName: 'Marked Email as Spam',
  integrationName: 'Klaviyo',
  kind: 'rise-harmful',
  figures: {
    fired: { observed: 24, expected: 3.1, percentBelow: -674, through: '2026-11-22T15:00:00.000Z' },
    now: { observed: 40, expected: 5, percentBelow: -700, through: '2026-11-22T18:00:00.000Z' },
    evidence: { start: '2026-11-22T12:00:00.000Z', hours: 3, probability: 1e-9 },
    kind: 'rise-harmful',
  },
  missingEvents: { estimate: 35, low: 30, high: 39 },
};
const cost = (kind: 'value-down' | 'rise-harmful', metricId: string, metricName: string, missingRevenue: { estimate: number; low: number; high: number } | null) => ({
  through: '2026-11-22T18:00:00.000Z',
  final: false,
  metricId,
  metricName,
  kind,
  missingEvents: kind === 'rise-harmful' ? spamMember.missingEvents : { estimate: 0, low: 0, high: 0 },
  missingRevenue,
  movedElsewhere: false,
  currency: 'USD',
});
const revenueDrop = incident({
  grouping: 'single',
  members: [valueMember],
  headlineKind: 'value-down',
  cost: cost('value-down', 'PLACED1', 'Placed Order', { estimate: 2_400, low: 1_900, high: 2_900 }),
});
const spamRise = incident({
  grouping: 'single',
  headlineMetricId: 'SPAM1',
  headlineMetricName: 'Marked Email as Spam',
  headlineKind: 'rise-harmful',
  members: [spamMember],
  cost: cost('rise-harmful', 'SPAM1', 'Marked Email as Spam', null),
});

describe('the words of a revenue drop and of a harmful rise', () => {
  it('titles the incident page by what moved', () => {
    expect(incidentTitle(revenueDrop, context('en', 'en-US'))).toBe('The value of Placed Order dropped in Outdoor Co');
    expect(incidentTitle(revenueDrop, context('fr', 'fr-FR'))).toBe('Baisse de la valeur de Placed Order dans Outdoor Co');
    expect(incidentTitle(spamRise, context('en', 'en-US'))).toBe('Marked Email as Spam rose in Outdoor Co');
    expect(incidentTitle(spamRise, context('fr', 'fr-FR'))).toBe('Hausse de Marked Email as Spam dans Outdoor Co');
  });

  it('tells Home that the orders still come while their value fell, and that the complaints are up', () => {
    expect(plain(incidentBannerText(revenueDrop, context('en', 'en-US')))).toMatch(/^The value of Placed Order is below expected since .*, while the events keep coming: check discount codes, prices and currency$/);
    expect(plain(incidentBannerText(spamRise, context('fr', 'fr-FR')))).toMatch(/^Marked Email as Spam est supérieur au niveau attendu depuis /);
  });

  it('names the kind in the notification centre, and prices a value drop by its revenue, a rise by its extra events', () => {
    const en = translator('en');
    expect(incidentHeadline(revenueDrop, en)).toBe('Value of Placed Order (Shopify)');
    expect(incidentHeadline(spamRise, translator('fr'))).toBe('Marked Email as Spam (Klaviyo) (en hausse)');
    expect(memberLabels(spamRise, en)).toEqual(['Marked Email as Spam (Klaviyo) (rising)']);
    expect(plain(costSummaryText(revenueDrop.cost, en, 'en-US', 'USD'))).toBe('So far: the events themselves came in and about $2,400 in missed revenue (between $1,900 and $2,900).');
    expect(plain(costSummaryText(spamRise.cost, en, 'en-US', 'USD'))).toBe('So far: about 35 more events than expected (between 30 and 39).');
  });

  it('words the incident page cost the same way', () => {
    const text = incidentCostText(revenueDrop.cost, { ...context('en', 'en-US'), accountCurrency: 'USD' });
    expect(text.events).toBe('the Placed Order events came in; their value fell');
    expect(text.revenue).toBe('about $2,400 in missing revenue (between $1,900 and $2,900)');
    expect(plain(costSentence(spamRise.cost, { ...context('en', 'en-US'), accountCurrency: 'USD' }))).toMatch(/: about 35 more Marked Email as Spam events than expected \(between 30 and 39\)\.$/);
  });

  it('says a rise is above expected, and states a value drop in the account currency', () => {
    const spam = alertFigureText(spamMember.figures, { t: translator('en'), locale: 'en-US', timeZone: 'America/New_York' });
    expect(spam.now).toBe('now 700% above expected');
    expect(spam.fired).toMatch(/^was 674% above expected when it fired at /);
    const value = alertFigureText(valueMember.figures, { t: translator('en'), locale: 'en-US', timeZone: 'America/New_York' });
    expect(value.now).toBe('now 53% below expected');
    expect(value.evidence).toContain('$1,200');
  });

  it('titles the desktop notification by kind, and does not count a rise’s events as missed when it recovers', () => {
    const text = createMainText();
    const fired = incidentFiredText(text, incidentNotice(revenueDrop), 'en', 'America/New_York');
    expect(fired.title).toBe('The value of Placed Order is down — Shopify');
    const rise = incidentFiredText(text, incidentNotice(spamRise), 'fr', 'America/New_York');
    expect(rise.title).toBe('Marked Email as Spam est en hausse — Klaviyo');
    expect(plain(rise.body)).toContain('700');
    expect(plain(rise.body)).toContain('au-dessus');
    const recovered = incidentResolvedText(text, incidentNotice({ ...spamRise, state: 'resolved', end: '2026-11-22T20:00:00.000Z' }), 'en');
    expect(recovered.body).not.toMatch(/missed|missing/);
  });

  it('begins the timeline in the kind\'s own words, on the incident page and in the centre', () => {
    const fired = { incidentId: 'inc-1', at: '2026-11-22T15:00:00.000Z', kind: 'fired' as const, metricName: 'Placed Order', by: 'detector' as const, until: null };
    const page = (kind: 'value-down' | 'rise-harmful', language: 'en' | 'fr') => timelineEventText(fired, { ...context(language, language), kind });
    expect(page('value-down', 'en')).toBe('The value of Placed Order fell: the incident began.');
    expect(page('rise-harmful', 'fr')).toBe('Placed Order a augmenté : l’incident a commencé.');
    expect(timelineEventText(fired, context('en', 'en-US'))).toBe('Placed Order dropped: the incident began.');
    const date = (iso: string) => iso;
    expect(timelineLineText(fired, translator('en'), date, 'value-down')).toBe('Value drop detected on Placed Order');
    expect(timelineLineText(fired, translator('de'), date, 'rise-harmful')).toBe('Anstieg bei Placed Order erkannt');
  });
});
