import { describe, expect, it } from 'vitest';
import {
  costSummaryText,
  incidentHeadline,
  incidentMuteText,
  incidentStateText,
  timelineLineText,
} from '../../../../renderer/features/notifications/incident-text';
import { translator } from '../home/translator';
import { event, incident, member } from '../incident-fixtures';

const en = translator('en');
const fr = translator('fr');
const date = (iso: string) => `[${iso.slice(0, 10)}]`;

describe('an incident in words', () => {
  const orders = incident('orders', {
    members: [member('po', { metricName: 'Placed Order', integrationName: 'Shopify' }), member('atc', { metricName: 'Added to Cart', integrationName: 'Shopify' })],
    headlineMetricId: 'po',
    headlineMetricName: 'Placed Order',
    headlineKind: 'count-down',
  });

  it('names the headline metric with its integration, as the other surfaces do', () => {
    expect(incidentHeadline(orders, en)).toBe('Placed Order (Shopify)');
    expect(incidentHeadline(incident('lone', { members: [member('vp', { metricName: 'Viewed Product' })], headlineMetricName: 'Viewed Product', headlineMetricId: 'vp' }), en)).toBe('Viewed Product');
  });

  it('says where it stands and what was done about it', () => {
    expect(incidentStateText({ state: 'ongoing' }, en)).toBe('Ongoing');
    expect(incidentStateText({ state: 'recovering' }, fr)).toBe('En rétablissement');
    expect(incidentMuteText({ mute: 'snoozed', snoozedUntil: '2027-01-03T00:00:00.000Z' }, en, date)).toBe('Snoozed until [2027-01-03]');
    expect(incidentMuteText({ mute: 'dismissed', snoozedUntil: null }, fr, date)).toBe('Ignoré');
    expect(incidentMuteText({ mute: 'none', snoozedUntil: null }, en, date)).toBeNull();
  });
});

describe('timeline lines', () => {
  const at = '2026-11-22T11:00:00.000Z';

  it('words every kind of line, naming the metric where the line has one', () => {
    const lines = [
      event('i', at, 'fired', { metricName: 'Placed Order' }),
      event('i', at, 'joined', { metricName: 'Added to Cart' }),
      event('i', at, 'notified'),
      event('i', at, 'snooze-expired'),
      event('i', at, 'recovered', { metricName: 'Added to Cart' }),
      event('i', at, 'resolved'),
      event('i', at, 'fired'),
    ].map((line) => timelineLineText(line, en, date));
    expect(lines).toEqual([
      'Drop detected on Placed Order',
      'Added to Cart dropped too',
      'Notification shown',
      'Snooze over, drop still under way',
      'Added to Cart back to normal',
      'Resolved: every metric stayed back to normal',
      'Drop detected',
    ]);
  });

  it('says what the person at this computer did, and until when a snooze runs', () => {
    const here = { by: 'this-computer' } as const;
    expect(timelineLineText(event('i', at, 'snoozed', { ...here, until: '2027-01-03T00:00:00.000Z' }), en, date)).toBe('Snoozed until [2027-01-03], from this computer');
    expect(timelineLineText(event('i', at, 'dismissed', here), en, date)).toBe('Dismissed, from this computer');
    expect(timelineLineText(event('i', at, 'unsnoozed', here), en, date)).toBe('Snooze taken back, from this computer');
    expect(timelineLineText(event('i', at, 'restored', here), fr, date)).toBe('Affiché de nouveau, depuis cet ordinateur');
  });
});

describe('the cost summary', () => {
  const base = incident('cost').cost;

  it('gives the missing events with their range, "so far" while the incident lasts', () => {
    expect(costSummaryText(base, en, 'en', 'USD')).toBe('So far: about 40 missing events (between 30 and 55).');
    expect(costSummaryText({ ...base, final: true, missingEvents: { estimate: 1, low: 0, high: 3 } }, en, 'en', 'USD')).toBe(
      'Cost: about 1 missing event (between 0 and 3).',
    );
  });

  it('adds the missing revenue in the cost’s currency, whole units, the language’s way', () => {
    const withRevenue = { ...base, final: true, missingRevenue: { estimate: 2300.4, low: 1800, high: 2950 }, currency: 'EUR' };
    expect(costSummaryText(withRevenue, en, 'en', 'USD')).toBe(
      'Cost: about 40 missing events (between 30 and 55) and about €2,300 in missed revenue (between €1,800 and €2,950).',
    );
    expect(costSummaryText({ ...withRevenue, missingEvents: { estimate: 1234, low: 1000, high: 1500 } }, fr, 'fr', 'USD')).toBe(
      'Coût : environ 1\u202f234 événements manquants (entre 1\u202f000 et 1\u202f500) et environ 2\u202f300\u00a0€ de chiffre d’affaires manqué (entre 1\u202f800\u00a0€ et 2\u202f950\u00a0€).',
    );
  });

  it('falls back on the account’s currency when the cost names none, and never goes below zero', () => {
    const text = costSummaryText({ ...base, missingRevenue: { estimate: 120, low: -5, high: 300 }, currency: null }, en, 'en', 'GBP');
    expect(text).toBe('So far: about 40 missing events (between 30 and 55) and about £120 in missed revenue (between £0 and £300).');
  });
});
