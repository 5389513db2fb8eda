import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../shared/domain/alert';
import { alertBannerText } from '../../../../renderer/features/home/alert-banner-text';
import { translator } from './translator';

const cart: Alert = {
  id: 'a1',
  accountId: 'demo-outdoor',
  metricId: 'paQLQf',
  metricName: 'Added to Cart',
  integrationName: 'Shopify',
  kind: 'count-down',
  state: 'active',
  // 07:00 UTC is 2 a.m. on Sunday 22 November in New York.
  start: '2026-11-22T07:00:00.000Z',
  firedAt: '2026-11-22T11:00:00.000Z',
  resolvedAt: null,
  expected: 71.8,
  observed: 19,
  depth: 0.7355,
  figures: {
    fired: { observed: 19, expected: 71.8, percentBelow: 74, through: '2026-11-22T12:00:00.000Z' }, evidence: null,
    now: { observed: 40, expected: 110.5, percentBelow: 64, through: '2026-11-22T15:00:00.000Z' },
  },
  dismissedAt: null,
  snoozedUntil: null,
  affectedFlows: [],
};
const placed: Alert = {
  ...cart,
  id: 'a2',
  metricId: 'FKY6Mc',
  metricName: 'Placed Order',
  integrationName: 'BigCommerce',
  kind: 'count-down',
  start: '2026-11-03T13:00:00.000Z',
  observed: 0,
  depth: 1,
  figures: { fired: { observed: 0, expected: 30, percentBelow: 100, through: '2026-11-03T14:00:00.000Z' }, evidence: null, now: { observed: 0, expected: 90, percentBelow: 100, through: '2026-11-23T13:00:00.000Z' } },
};
const metrics = [
  { name: 'Added to Cart', integrationName: 'Shopify' },
  { name: 'Placed Order', integrationName: 'Shopify' },
  { name: 'Placed Order', integrationName: 'BigCommerce' },
];
const now = new Date('2026-11-23T13:30:00Z');
const context = (language: 'en' | 'fr' | 'de' | 'pt', locale: string) => ({
  t: translator(language),
  locale,
  timeZone: 'America/New_York',
  now,
  metrics,
});

// Dates and numbers come from the platform's ICU, whose spacing varies between versions: the
// assertions pin the catalogue's words and the facts, with loose whitespace.
describe('alert banner text', () => {
  it('names the metric and a recent start by weekday and local time, leaving the figures to the alert figures', () => {
    const text = alertBannerText(cart, context('en', 'en-US'));
    expect(text).toMatch(/^Added to Cart is below expected since Sun 2:00\sAM(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/);
  });

  it('names the integration only when another integration sends a metric of the same name', () => {
    const text = alertBannerText(placed, context('en', 'en-US'));
    expect(text.startsWith('Placed Order (BigCommerce) ')).toBe(true);
    expect(alertBannerText(cart, { ...context('en', 'en-US'), metrics: null }).startsWith('Added to Cart (Shopify) ')).toBe(true);
  });

  it('says a silent metric has stopped, with the date when the start is more than a few days back', () => {
    const text = alertBannerText(placed, context('en', 'en-US'));
    expect(text).toMatch(/^Placed Order \(BigCommerce\) has stopped: nothing recorded since Nov 3, 8:00\sAM(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/);
  });

  it.each([
    ['fr', 'fr-FR', /^Added to Cart est inférieur au niveau attendu depuis dim\.? 02:00(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/],
    ['de', 'de-DE', /^Added to Cart liegt unter dem erwarteten Wert, seit So\.?,? 02:00(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/],
    ['pt', 'pt-BR', /^Added to Cart está abaixo do esperado desde dom\.?,? 02:00(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/],
  ] as const)('writes %s in its own words, numbers and time format', (language, locale, expected) => {
    expect(alertBannerText(cart, context(language, locale))).toMatch(expected);
  });
});
