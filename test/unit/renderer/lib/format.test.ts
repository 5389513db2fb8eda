import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatTime, hourCycleFor } from '../../../../renderer/lib/format';
import { categoryName, itemValues } from '../../../../renderer/features/wizards/item-values';

// 17:05 UTC on 4 December 2026: 12:05 in New York, 18:05 in Berlin.
const AT = '2026-12-04T17:05:00.000Z';

describe('formatTime', () => {
  it.each([
    ['en', 'h12'],
    ['fr', 'h23'],
    ['de', 'h23'],
    ['pt', 'h23'],
  ] as const)('%s reads the clock %s', (locale, cycle) => {
    expect(hourCycleFor(locale)).toBe(cycle);
  });

  it.each([
    ['en', /^12:05\sPM EST$/],
    ['fr', /^12:05 UTC[−-]5$/],
    ['de', /^12:05 GMT[−-]5$/],
    ['pt', /^12:05 GMT[−-]5$/],
  ] as const)('%s: the account’s time, named when the computer is elsewhere', (locale, expected) => {
    expect(formatTime(AT, 'time', { locale, timeZone: 'America/New_York', computerZone: 'Europe/Berlin' })).toMatch(expected);
  });

  it.each(['en', 'fr', 'de', 'pt'])('%s: no zone name when the computer shows the same clock', (locale) => {
    const text = formatTime(AT, 'time', { locale, timeZone: 'America/New_York', computerZone: 'America/New_York' });
    expect(text).not.toMatch(/EST|UTC|GMT/);
    expect(text).toMatch(/12:05/);
  });

  it('writes the afternoon on a 24-hour clock in French, German and Portuguese', () => {
    for (const locale of ['fr', 'de', 'pt']) {
      const text = formatTime(AT, 'date-time', { locale, timeZone: 'Europe/Berlin', computerZone: 'Europe/Berlin' });
      expect(text, locale).toMatch(/18:05/);
      expect(text, locale).not.toMatch(/AM|PM|p\.\s?m\./i);
    }
  });

  it('keeps the axis free of zone names when asked', () => {
    expect(formatTime(AT, 'time', { locale: 'en', timeZone: 'America/New_York', computerZone: 'Europe/Berlin', zoneLabel: 'never' })).toMatch(/^12:05\sPM$/);
  });

  it('formatDateTime shows the account’s date and time', () => {
    expect(formatDateTime('2026-12-05T02:30:00.000Z', 'en', 'America/New_York')).toMatch(/^Dec 4, 2026, 9:30\sPM/);
  });
});

describe('money and wizard values', () => {
  it.each([
    ['en', 'USD', /^\$54\.00$/],
    ['fr', 'USD', /^54,00\s\$US$/],
    ['de', 'GBP', /^54,00\s£$/],
    ['pt', 'EUR', /^€\s?54,00$/],
  ] as const)('%s %s', (locale, currency, expected) => {
    expect(formatMoney(54, locale, currency)).toMatch(expected);
  });

  it('turns a test order’s amount into money, its time into the account’s, its count into a number', () => {
    const values = itemValues({ amount: '54', time: AT, count: '3', category: 'donations' }, { locale: 'en', timeZone: 'America/New_York', currency: 'USD' });
    expect(values.amount).toBe('$54.00');
    expect(values.count).toBe(3);
    expect(values.category).toBe('Donations');
    expect(String(values.time)).toMatch(/12:05/);
  });

  it.each([
    ['ecommerce', 'E-commerce'],
    ['api', 'API'],
    ['donations', 'Donations'],
    ['Custom', 'Custom'],
  ])('category %s reads %s', (raw, shown) => {
    expect(categoryName(raw)).toBe(shown);
  });
});
