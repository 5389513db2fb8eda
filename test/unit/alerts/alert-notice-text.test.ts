import { describe, expect, it } from 'vitest';
import { alertNoticeText } from '../../../main/alerts/alert-notice-text';
import { createMainText } from '../../../main/alerts/main-text';
import type { AlertNotice } from '../../../main/ports';

const notice: AlertNotice = {
  alertId: 'a1',
  accountId: 'demo-outdoor',
  accountName: 'Demo Outdoor Co.',
  metricName: 'Added to Cart',
  integrationName: 'Shopify',
  figures: {
    fired: { observed: 99, expected: 334.4, percentBelow: 70, through: '2026-11-22T15:00:00.000Z' },
    now: { observed: 120, expected: 333.3, percentBelow: 64, through: '2026-11-22T17:00:00.000Z' },
  },
  start: '2026-11-22T11:00:00.000Z',
};
// Handed in, as the host hands it to the notifier.
const translator = createMainText();

describe('drop notification text', () => {
  // Dates are written by the platform's ICU, whose punctuation varies between versions: the test
  // pins the words of the catalogue and the facts, not the exact date format.
  it.each([
    ['en', 'Added to Cart (Shopify) has dropped', 'Demo Outdoor Co.: now 64% below expected, since ', 'Nov'],
    ['fr', 'Added to Cart (Shopify) est en chute', 'Demo Outdoor Co. : maintenant 64 % sous le niveau attendu, depuis ', 'nov'],
    ['de', 'Added to Cart (Shopify) ist eingebrochen', 'Demo Outdoor Co.: jetzt 64 % unter dem erwarteten Wert, seit ', 'Nov'],
    ['pt', 'Added to Cart (Shopify) caiu', 'Demo Outdoor Co.: agora 64% abaixo do esperado, desde ', 'nov'],
  ] as const)('in %s, names the metric, the account, the live figure labelled "now" (as every screen shows it) and the local start', (language, title, bodyStart, month) => {
    const text = alertNoticeText(translator, notice, language, 'America/New_York');
    expect(text.title).toBe(title);
    // Intl separates the percent sign with a (narrow) no-break space in some languages.
    expect(text.body.replace(/[\u00a0\u202f]/g, ' ').startsWith(bodyStart)).toBe(true);
    // 11:00 UTC is 6 a.m. on the 22nd in New York.
    const since = text.body.slice(bodyStart.length);
    expect(since).toContain('22');
    expect(since).toContain(month);
    expect(since).toMatch(/\b0?6[:.]00\b/);
  });

  it('words a metric that went silent, and falls back on the figure at firing time once there is no live one', () => {
    const silent = { ...notice, figures: { ...notice.figures, now: { ...notice.figures.fired, observed: 0, percentBelow: 100 } } };
    expect(alertNoticeText(translator, silent, 'en', 'UTC').body).toContain('now nothing recorded since the drop began');
    expect(alertNoticeText(translator, { ...notice, figures: { ...notice.figures, now: null } }, 'en', 'UTC').body).toContain('now 70% below expected');
  });

  it('leaves out the integration when the metric has none', () => {
    expect(alertNoticeText(translator, { ...notice, integrationName: null }, 'en', 'UTC').title).toBe('Added to Cart has dropped');
  });
});
