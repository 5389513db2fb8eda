import { describe, expect, it } from 'vitest';
import { and, equals, formatFilterDatetime, greaterOrEqual, lessThan, quoteString } from '../../../main/api/filters';

describe('filter strings', () => {
  it.each([
    ['plain', 'jane@example.com', "'jane@example.com'"],
    ['plus stays a plus here (the query encoder makes it %2B)', 'jane+test@example.com', "'jane+test@example.com'"],
    ['single quote escaped', "o'brien@example.com", "'o\\'brien@example.com'"],
    ['backslash escaped first', 'a\\b', "'a\\\\b'"],
    ['double quotes untouched', 'say "hi"', "'say \"hi\"'"],
  ])('quotes %s', (_label, value, expected) => {
    expect(quoteString(value)).toBe(expected);
  });

  it.each([
    ['UTC', new Date('2026-07-15T00:00:00Z'), undefined, '2026-07-15T00:00:00Z'],
    ['an account zone, with its offset', new Date('2026-07-01T04:00:00Z'), 'America/New_York', '2026-07-01T00:00:00-04:00'],
    ['a half-hour zone', new Date('2026-07-01T00:00:00Z'), 'Asia/Kolkata', '2026-07-01T05:30:00+05:30'],
    ['a legacy alias', new Date('2026-01-01T05:00:00Z'), 'US/Eastern', '2026-01-01T00:00:00-05:00'],
    ['milliseconds kept when present', new Date('2026-07-15T00:00:00.250Z'), 'UTC', '2026-07-15T00:00:00.250Z'],
    ['an unknown zone falls back to UTC, still explicit', new Date('2026-07-15T00:00:00Z'), 'Nowhere/Zone', '2026-07-15T00:00:00Z'],
  ])('formats datetimes in %s', (_label, date, zone, expected) => {
    expect(formatFilterDatetime(date, zone)).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => formatFilterDatetime(new Date('nope'))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it.each([
    [equals('email', 'a+b@x.com'), "equals(email,'a+b@x.com')"],
    [equals('archived', false), 'equals(archived,false)'],
    [greaterOrEqual('datetime', new Date('2026-07-15T00:00:00Z')), 'greater-or-equal(datetime,2026-07-15T00:00:00Z)'],
    [lessThan('datetime', new Date('2026-07-08T04:00:00Z'), 'America/New_York'), 'less-than(datetime,2026-07-08T00:00:00-04:00)'],
    [and(equals('profile_id', 'P1')), "equals(profile_id,'P1')"],
    [
      and(equals('profile_id', 'P1'), equals('metric_id', 'M1'), greaterOrEqual('datetime', new Date('2026-07-15T00:00:00Z'))),
      "and(equals(profile_id,'P1'),equals(metric_id,'M1'),greater-or-equal(datetime,2026-07-15T00:00:00Z))",
    ],
  ])('builds %s', (built, expected) => {
    expect(built).toBe(expected);
  });

  it('never quotes a datetime', () => {
    expect(greaterOrEqual('datetime', new Date('2026-07-15T00:00:00Z'))).not.toMatch(/['"]/);
  });
});
