import { describe, expect, it } from 'vitest';
import { alertNoticeText } from '../../../main/alerts/alert-notice-text';
import type { AlertNotice } from '../../../main/ports';

const notice: AlertNotice = {
  alertId: 'a1',
  accountId: 'demo-outdoor',
  accountName: 'Demo Outdoor Co.',
  metricName: 'Added to Cart',
  integrationName: 'Shopify',
  depth: 0.704,
  start: '2026-11-22T11:00:00.000Z',
};

describe('drop notification text', () => {
  // Dates are written by the platform's ICU, whose punctuation varies between versions: the test
  // pins the words of the catalogue and the facts, not the exact date format.
  it.each([
    ['en', 'Added to Cart (Shopify) has dropped', 'Demo Outdoor Co.: 70% below its usual level since ', 'Nov'],
    ['fr', 'Added to Cart (Shopify) est en chute', 'Demo Outdoor Co. : 70 % sous son niveau habituel depuis ', 'nov'],
    ['de', 'Added to Cart (Shopify) ist eingebrochen', 'Demo Outdoor Co.: 70 % unter dem üblichen Niveau seit ', 'Nov'],
    ['pt', 'Added to Cart (Shopify) caiu', 'Demo Outdoor Co.: 70% abaixo do nível habitual desde ', 'nov'],
  ] as const)('in %s, names the metric, the account, the depth and the local start', (language, title, bodyStart, month) => {
    const text = alertNoticeText(notice, language, 'America/New_York');
    expect(text.title).toBe(title);
    expect(text.body.startsWith(bodyStart)).toBe(true);
    // 11:00 UTC is 6 a.m. on the 22nd in New York.
    const since = text.body.slice(bodyStart.length);
    expect(since).toContain('22');
    expect(since).toContain(month);
    expect(since).toMatch(/\b0?6[:.]00\b/);
  });

  it('leaves out the integration when the metric has none', () => {
    expect(alertNoticeText({ ...notice, integrationName: null }, 'en', 'UTC').title).toBe('Added to Cart has dropped');
  });
});
