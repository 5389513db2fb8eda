import { describe, expect, it } from 'vitest';
import { candidateTimezones, compareDay, dayWindow } from '../../../main/wizards/reconcile-timezones';
import { buildReconcile } from '../../../main/wizards/reconcile-wizard';
import type { WizardData } from '../../../main/wizards/wizard-data';
import { session, storeData } from './wizard-fixtures';

/** A count that repeats every 7 hours, not every 24: a day's total depends on where it starts. */
const hourly = (t: number) => Math.floor(t / 3600) % 7;
const sum = (from: number, to: number) => {
  let total = 0;
  for (let t = from; t < to; t += 3600) total += hourly(t);
  return total;
};
const ny = 'America/New_York';
const nyDay = (day: string) => sum(dayWindow(day, ny).from, dayWindow(day, ny).to);
const read = { daily: (start: number) => sum(start, start + 86_400), hourly: sum };

describe('timezone candidates and windows', () => {
  it.each([
    [undefined, ny, ny, 'UTC'],
    ['Asia/Kolkata', ny, 'Asia/Kolkata', ny],
    ['Not/AZone', 'UTC', 'UTC', ny],
  ])('entered %s, account %s: %s first, then %s', (entered, account, first, second) => {
    const zones = candidateTimezones(entered, account);
    expect(zones.slice(0, 2)).toEqual([first, second]);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it.each([
    ['2026-11-20', 'UTC', 86_400],
    ['2026-11-20', ny, 86_400],
    ['2026-03-08', ny, 23 * 3600],
    ['2026-11-01', ny, 25 * 3600],
  ])('%s in %s lasts %i s', (day, zone, length) => {
    const { from, to } = dayWindow(day, zone);
    expect(to - from).toBe(length);
  });
});

describe('day comparison', () => {
  const zones = candidateTimezones(undefined, ny);
  it.each([
    ['same count', nyDay('2026-11-20'), 'match', ny],
    ['the UTC day', sum(dayWindow('2026-11-20', 'UTC').from, dayWindow('2026-11-20', 'UTC').to), 'timezone', 'UTC'],
    ['no zone gives it', 3, 'unexplained', null],
  ])('%s', (_label, source, verdict, zone) => {
    expect(compareDay('2026-11-20', source, ny, zones, read)).toMatchObject({ verdict, zone });
  });

  it('says when the day is not cached', () => {
    expect(compareDay('2026-11-20', 5, ny, zones, { daily: () => null, hourly: () => null })).toMatchObject({ verdict: 'not-cached', cached: null });
  });
});

describe('reconciliation wizard', () => {
  const base = storeData({ metrics: { 'Shopify/Placed Order': 10 } });
  const data: WizardData = { ...base, dailyCount: (_id, start) => read.daily(start), hourlySum: (_id, from, to) => sum(from, to) };
  const utcDay = sum(dayWindow('2026-11-20', 'UTC').from, dayWindow('2026-11-20', 'UTC').to);

  it('blocks on the metric, then on the counts', () => {
    expect(buildReconcile(session('reconcile'), data).steps.map((s) => s.blocked)).toEqual([true]);
    const noCounts = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order' }), data);
    expect(noCounts.steps.map((s) => [s.id, s.blocked])).toEqual([['metric', false], ['source', true], ['compare', false], ['verdict', false]]);
  });

  it.each([
    [{ day: '2026-11-20', sourceCount: utcDay }, 'dayTimezone', 'explained'],
    [{ day: '2026-11-20', sourceCount: nyDay('2026-11-20') }, 'dayMatch', 'allMatch'],
    [{ day: '2026-11-20', sourceCount: 1 }, 'dayUnexplained', 'notExplained'],
    [{ csv: `day,count\n2026-11-20,${utcDay}` }, 'dayTimezone', 'explained'],
  ])('%j: %s, %s', (input, dayItem, verdict) => {
    const view = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', ...input }), data);
    expect(view.steps[2]!.items[1]!.id).toBe(dayItem);
    expect(view.steps[3]!.items[0]!.id).toBe(verdict);
  });

  it('reports the bad CSV line and a timezone it does not know', () => {
    const view = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', csv: '2026-11-20,1\nnope,2', timezone: 'Mars/Base' }), data);
    expect(view.steps[1]).toMatchObject({ blocked: true });
    expect(view.steps[1]!.items.map((i) => [i.id, i.params])).toEqual([
      ['enterCounts', {}],
      ['csvBadDate', { line: '2', value: 'nope' }],
      ['badTimezone', { zone: 'Mars/Base' }],
    ]);
  });

  it('asks which column is the count, offers the columns, then compares with the one chosen', () => {
    const csv = `Date;Donations;Donors\n\n2026-11-20;${utcDay};1\n`;
    const asking = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', csv }), data);
    expect(asking.steps[1]).toMatchObject({ blocked: true, items: [{ id: 'enterCounts' }, { id: 'csvAskCount', source: 'info' }] });
    expect(asking.options.csvCountColumn).toEqual([{ value: '1', label: 'Donations' }, { value: '2', label: 'Donors' }]);
    const answered = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', csv, csvCountColumn: 1 }), data);
    expect(answered.steps[1]).toMatchObject({ blocked: false });
    expect(answered.options.csvCountColumn).toBeUndefined();
    expect(answered.steps[2]!.items[1]).toMatchObject({ id: 'dayTimezone', params: { day: '2026-11-20', source: String(utcDay) } });
  });

  it('asks whether the day or the month comes first, then continues', () => {
    const csv = 'Date,Orders\n11/12/2026,4';
    const asking = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', csv }), data);
    expect(asking.steps[1]!.items[1]).toMatchObject({ id: 'csvAskDateOrder', params: { sample: '11/12/2026', dayFirst: '2026-12-11', monthFirst: '2026-11-12' } });
    expect(asking.options.csvDateOrder!.map((o) => o.value)).toEqual(['day-first', 'month-first']);
    const answered = buildReconcile(session('reconcile', { metricId: 'Shopify/Placed Order', csv, csvDateOrder: 'month-first' }), data);
    expect(answered.steps[2]!.items[1]).toMatchObject({ params: { day: '2026-11-12', source: '4' } });
  });
});
