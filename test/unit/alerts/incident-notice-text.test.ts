import { describe, expect, it } from 'vitest';
import { createMainText } from '../../../main/alerts/main-text';
import { durationText, incidentFiredText, incidentResolvedText, isOrderMetric } from '../../../main/alerts/incident-notice-text';
import { incidentNotice } from '../../../main/alerts/incident-notice';
import { incident, member, resolvedIncident } from '../../support/incident-for-notices';

// Handed in, as the host hands it to the notifier.
const translator = createMainText();
/** Intl separates some units and signs with a (narrow) no-break space: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const three = () => incident({ members: [member('Placed Order'), member('Started Checkout'), member('Added to Cart')] });
const two = () => incident({ members: [member('Placed Order'), member('Started Checkout')] });

describe('incident notification: fired', () => {
  // Dates are written by the platform's ICU, whose punctuation varies between versions: the test
  // pins the words of the catalogue and the facts, not the exact date format.
  it.each([
    ['en', 'Placed Order is down — Shopify', 'Demo Outdoor Co.: now 70% below expected, since ', 'Nov'],
    ['fr', 'Placed Order est en chute — Shopify', 'Demo Outdoor Co. : maintenant 70 % sous le niveau attendu, depuis ', 'nov'],
    ['de', 'Placed Order ist eingebrochen – Shopify', 'Demo Outdoor Co.: jetzt 70 % unter dem erwarteten Wert, seit ', 'Nov'],
    ['pt', 'Placed Order está em queda — Shopify', 'Demo Outdoor Co.: agora 70% abaixo do esperado, desde ', 'nov'],
  ] as const)('in %s, names the headline metric and its integration, the account, the "now" figure and the local start', (language, title, bodyStart, month) => {
    const text = incidentFiredText(translator, incidentNotice(incident()), language, 'America/New_York');
    expect(text.title).toBe(title);
    const body = plain(text.body);
    expect(body.startsWith(bodyStart)).toBe(true);
    // 11:00 UTC is 6 a.m. on the 22nd in New York.
    const since = body.slice(bodyStart.length);
    expect(since).toContain('22');
    expect(since).toContain(month);
    expect(since).toMatch(/\b0?6[:.]00\b/);
  });

  it.each([
    ['en', two, 'Placed Order and 1 more metric are down — Shopify', 'Also down: Started Checkout.'],
    ['en', three, 'Placed Order and 2 more metrics are down — Shopify', 'Also down: Started Checkout and Added to Cart.'],
    ['fr', two, 'Placed Order et 1 autre métrique sont en chute — Shopify', 'Également en chute : Started Checkout.'],
    ['fr', three, 'Placed Order et 2 autres métriques sont en chute — Shopify', 'Également en chute : Started Checkout et Added to Cart.'],
  ] as const)('in %s, counts the other members in the title and names them in the body', (language, build, title, bodyEnd) => {
    const text = incidentFiredText(translator, incidentNotice(build()), language, 'UTC');
    expect(text.title).toBe(title);
    expect(plain(text.body).endsWith(bodyEnd)).toBe(true);
  });

  it('leaves out the integration when the headline metric has none', () => {
    const alone = incident({ members: [member('Placed Order', { integrationName: null })] });
    expect(incidentFiredText(translator, incidentNotice(alone), 'en', 'UTC').title).toBe('Placed Order is down');
    const grouped = incident({ members: [member('Placed Order', { integrationName: null }), member('Added to Cart')] });
    expect(incidentFiredText(translator, incidentNotice(grouped), 'fr', 'UTC').title).toBe('Placed Order et 1 autre métrique sont en chute');
  });

  it('takes the live figure of the headline member, and words a metric that went silent', () => {
    const live = { observed: 36, expected: 100, percentBelow: 64, through: '2026-11-22T15:00:00.000Z' };
    const deeper = incident({ members: [member('Placed Order', { figures: { fired: member('x').figures.fired, now: live, evidence: null } }), member('Added to Cart')] });
    expect(incidentFiredText(translator, incidentNotice(deeper), 'en', 'UTC').body).toContain('now 64% below expected');
    const silent = incident({ members: [member('Placed Order', { figures: { fired: member('x').figures.fired, now: { ...live, observed: 0, percentBelow: 100 }, evidence: null } })] });
    expect(incidentFiredText(translator, incidentNotice(silent), 'en', 'UTC').body).toContain('now nothing recorded since the drop began');
  });
});

describe('incident notification: back to normal', () => {
  it.each([
    ['en', 'Placed Order is back to normal', 'Demo Outdoor Co.: down 3 hr 20 min, about 41 orders (€2,300) missed.'],
    ['fr', 'Placed Order : retour à la normale', 'Demo Outdoor Co. : en chute pendant 3 h 20 min, environ 41 commandes manquantes (2 300 €).'],
    ['de', 'Placed Order ist wieder normal', 'Demo Outdoor Co.: 3 Std., 20 Min. lang eingebrochen, etwa 41 Bestellungen (2.300 €) entgangen.'],
    ['pt', 'Placed Order voltou ao normal', 'Demo Outdoor Co.: em queda por 3 h 20 min, cerca de 41 pedidos perdidos (€ 2.300).'],
  ] as const)('in %s, says how long it was down and about what it missed, in the account currency', (language, title, body) => {
    const text = incidentResolvedText(translator, incidentNotice(resolvedIncident()), language);
    expect(text.title).toBe(title);
    // German lists units with or without "und" depending on the ICU version.
    expect(plain(text.body).replace(' und ', ', ')).toBe(body);
  });

  it.each([
    ['en', 'Demo Outdoor Co.: down 3 hr 20 min, about 1 order ($54) missed.'],
    ['fr', 'Demo Outdoor Co. : en chute pendant 3 h 20 min, environ 1 commande manquante (54 $US).'],
  ] as const)('in %s, one order is singular', (language, body) => {
    const one = resolvedIncident();
    const notice = incidentNotice({
      ...one,
      cost: { ...one.cost, missingEvents: { estimate: 0.8, low: 0, high: 2 }, missingRevenue: { estimate: 54.2, low: 0, high: 110 }, currency: 'USD' },
    });
    expect(plain(incidentResolvedText(translator, notice, language).body)).toBe(body);
  });

  it.each([
    ['en', 'Demo Outdoor Co.: down 3 hr 20 min, about 1,200 events missed.'],
    ['fr', 'Demo Outdoor Co. : en chute pendant 3 h 20 min, environ 1 200 événements manquants.'],
  ] as const)('in %s, counts events on a metric that is not an order metric, without revenue when the cost has none', (language, body) => {
    const viewed = resolvedIncident({ members: [member('Viewed Product'), member('Added to Cart')] });
    const notice = incidentNotice({ ...viewed, cost: { ...viewed.cost, missingEvents: { estimate: 1_234, low: 900, high: 1_500 }, missingRevenue: null } });
    const text = incidentResolvedText(translator, notice, language);
    expect(plain(text.body)).toBe(body);
    expect(text.title).toBe(language === 'en' ? 'Viewed Product and 1 more metric are back to normal' : 'Viewed Product et 1 autre métrique : retour à la normale');
  });

  it('leaves the revenue out when the account has no currency, and the count out when nothing measurable was missed', () => {
    const base = resolvedIncident();
    const noCurrency = incidentNotice({ ...base, cost: { ...base.cost, currency: null } });
    expect(incidentResolvedText(translator, noCurrency, 'en').body).toBe('Demo Outdoor Co.: down 3 hr 20 min, about 41 orders missed.');
    const nothing = incidentNotice({ ...base, cost: { ...base.cost, missingEvents: { estimate: 0.3, low: 0, high: 1 }, missingRevenue: null } });
    expect(incidentResolvedText(translator, nothing, 'en').body).toBe('Demo Outdoor Co.: down 3 hr 20 min.');
    expect(plain(incidentResolvedText(translator, nothing, 'fr').body)).toBe('Demo Outdoor Co. : en chute pendant 3 h 20 min.');
  });
});

describe('incident notification pieces', () => {
  it.each([
    [45 * 60_000, 'en', '45 min'],
    [3 * 3_600_000, 'en', '3 hr'],
    [(3 * 60 + 20) * 60_000, 'fr', '3 h 20 min'],
    [26 * 3_600_000, 'en', '1 day 2 hr'],
    [(49 * 60 + 40) * 60_000, 'en', '2 days 2 hr'],
  ] as const)('a duration of %i ms reads "%s" in %s', (ms, language, text) => {
    expect(plain(durationText(ms, language))).toBe(text);
  });

  it.each([
    ['Placed Order', true],
    ['Fulfilled Order', true],
    ['Order Completed', true],
    ['Ordered Product', false],
    ['Viewed Product', false],
    ['Contribution Made', false],
  ])('%s counts orders: %s', (name, orders) => {
    expect(isOrderMetric(name)).toBe(orders);
  });
});
