import { describe, expect, it } from 'vitest';
import { CSV_MAX_ROWS, parseSourceCsv } from '../../../main/wizards/reconcile-csv';
import { parseCount, parseDate } from '../../../main/wizards/reconcile-csv-cells';
import { wizardUpdateSchema } from '../../../shared/domain/wizard';

const days = (...pairs: [string, number][]) => ({ kind: 'rows', rows: pairs.map(([day, count]) => ({ day, count })) });
const twoDays = days(['2026-11-20', 12], ['2026-11-21', 7]);

describe('source CSV: what real exports look like', () => {
  it.each([
    ['the old day,count form', 'day,count\n2026-11-20,12\n2026-11-21,7\n', twoDays],
    ['Day;Orders', 'Day;Orders\n2026-11-20;12\n2026-11-21;7', twoDays],
    ['Date,Donations', 'Date,Donations\n2026-11-21,7\n2026-11-20,12', twoDays],
    ['no header', '2026-11-20,12\n2026-11-21,7', twoDays],
    ['blank lines, trailing ones too', '\nDate;Donations\n\n2026-11-20;12\n\n2026-11-21;7\n\n\n', twoDays],
    ['a BOM', '\uFEFFDate;Donations\r\n2026-11-20;12\r\n2026-11-21;7\r\n', twoDays],
    ['tabs', 'Day\tOrders\n2026-11-20\t12\n2026-11-21\t7', twoDays],
    ['quoted fields', '"Day","Orders"\n"2026-11-20","12"\n"2026-11-21","7"', twoDays],
    ['a quoted 1,234 with , as delimiter', 'Day,Orders\n2026-11-20,"1,234"\n2026-11-21,7', days(['2026-11-20', 1234], ['2026-11-21', 7])],
    ['1.234 with ;', 'Day;Orders\n2026-11-20;1.234\n2026-11-21;7', days(['2026-11-20', 1234], ['2026-11-21', 7])],
    ['1,234 with ;', 'Day;Orders\n2026-11-20;1,234\n2026-11-21;7', days(['2026-11-20', 1234], ['2026-11-21', 7])],
    ['1 234 and a no-break space', 'Day;Orders\n2026-11-20;1 234\n2026-11-21;1\u00A0234\u202F567', days(['2026-11-20', 1234], ['2026-11-21', 1234567])],
    ['DD/MM/YYYY, settled by a day above 12', 'Date;Dons\n20/11/2026;12\n03/12/2026;7', days(['2026-11-20', 12], ['2026-12-03', 7])],
    ['MM/DD/YYYY, settled by a day above 12', 'Date,Orders\n11/20/2026,12\n12/03/2026,7', days(['2026-11-20', 12], ['2026-12-03', 7])],
    ['ISO date-times keep the day as written', 'Date,Donations\n2026-11-20T00:00:00-05:00,12\n2026-11-21 00:00:00,7', twoDays],
    ['the date column found by content, not position', 'Orders;Day;Note\n12;2026-11-20;ok\n7;2026-11-21;', twoDays],
    ['nothing but blank lines', '\n\n  \n', days()],
  ])('%s', (_label, text, expected) => {
    expect(parseSourceCsv(text)).toEqual(expected);
  });
});

describe('source CSV: questions', () => {
  const twoCounts = 'Date,Donations,Donors\n2026-11-20,12,10\n2026-11-21,7,7';
  it('asks which column is the count when two could be', () => {
    expect(parseSourceCsv(twoCounts)).toEqual({ kind: 'ask-count', columns: [{ column: 1, label: 'Donations' }, { column: 2, label: 'Donors' }] });
    expect(parseSourceCsv(twoCounts, { countColumn: 2 })).toEqual(days(['2026-11-20', 10], ['2026-11-21', 7]));
  });

  it('labels headerless columns with their first values, and asks again for a column that is not a count', () => {
    const text = '2026-11-20;12;3\n2026-11-21;7;4\n2026-11-22;9;5\n2026-11-23;1;1';
    const ask = { kind: 'ask-count', columns: [{ column: 1, label: '12, 7, 9…' }, { column: 2, label: '3, 4, 5…' }] };
    expect(parseSourceCsv(text)).toEqual(ask);
    expect(parseSourceCsv(text, { countColumn: 0 })).toEqual(ask);
  });

  it('asks day-first or month-first when no date settles it', () => {
    const text = 'Date;Orders\n03/04/2026;12\n05/04/2026;7';
    expect(parseSourceCsv(text)).toEqual({ kind: 'ask-date-order', sample: '03/04/2026', dayFirst: '2026-04-03', monthFirst: '2026-03-04' });
    expect(parseSourceCsv(text, { dateOrder: 'day-first' })).toEqual(days(['2026-04-03', 12], ['2026-04-05', 7]));
    expect(parseSourceCsv(text, { dateOrder: 'month-first' })).toEqual(days(['2026-03-04', 12], ['2026-05-04', 7]));
  });

  it('does not ask when the day and the month are the same number', () => {
    expect(parseSourceCsv('04/04/2026;1')).toEqual(days(['2026-04-04', 1]));
  });
});

describe('source CSV: rejections name the line and the reason', () => {
  it.each([
    ['a bad date', 'Date;Orders\n2026-11-20;1\n\n2026-13-40;2', 4, 'badDate', '2026-13-40'],
    ['a date in no accepted form', 'Date;Orders\n2026-11-20;1\nyesterday;2', 3, 'badDate', 'yesterday'],
    ['day-first and month-first in one file', 'Date;Orders\n25/11/2026;1\n11/26/2026;2', 3, 'badDate', '11/26/2026'],
    ['a negative count', 'Day,Orders\n2026-11-20,-1', 2, 'negativeCount', '-1'],
    ['a fractional count', 'Day;Orders\n2026-11-20;3\n2026-11-21;12,5', 3, 'fractionalCount', '12,5'],
    ['a lone line with ; and a decimal comma', '2026-11-20;1,5', 1, 'fractionalCount', '1,5'],
    ['a count that is not a number', 'Day,Orders\n2026-11-20,12\n2026-11-21,twelve', 3, 'badCount', 'twelve'],
    ['a missing count', 'Day,Orders\n2026-11-20,12\n2026-11-21,', 3, 'badCount', ''],
    ['a missing cell', 'Day;Orders\n2026-11-20;12\n2026-11-21', 3, 'missingCell', '2026-11-21'],
    ['a duplicate day', '2026-11-20,12\n2026-11-21,3\n2026-11-20,13', 3, 'duplicateDay', '2026-11-20'],
    ['no date anywhere', 'Day,Orders\ntoday,12', 2, 'noDateColumn', ''],
    ['no count anywhere', 'Day,Note\n2026-11-20,fine', 2, 'noCountColumn', ''],
  ])('%s', (_label, text, line, reason, value) => {
    expect(parseSourceCsv(text)).toEqual({ kind: 'rejected', line, reason, value });
  });

  it(`refuses more than ${CSV_MAX_ROWS} days, at the first line beyond`, () => {
    const rows = Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `${new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)};1`);
    expect(parseSourceCsv(`Day;Orders\n${rows.join('\n')}`)).toMatchObject({ kind: 'rejected', line: CSV_MAX_ROWS + 2, reason: 'tooManyRows' });
    expect(parseSourceCsv(`Day;Orders\n${rows.slice(1).join('\n')}`)).toMatchObject({ kind: 'rows' });
  });
});

describe('source CSV cells', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ["1'234", 1234],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['-3', -3],
    ['1,23,4', null],
    ['abc', null],
    ['', null],
  ])('count %j is %s', (raw, value) => {
    expect(parseCount(raw)).toBe(value);
  });

  it.each([
    ['2026-11-20', { iso: '2026-11-20' }],
    ['2026-11-20T23:30:00Z', { iso: '2026-11-20' }],
    ['20.11.2026', { first: 20, second: 11, year: 2026 }],
    ['3/4/2026', { first: 3, second: 4, year: 2026 }],
    ['2026-02-30', null],
    ['31/31/2026', null],
    ['20/11/26', null],
  ])('date %j', (raw, expected) => {
    expect(parseDate(raw)).toEqual(expected);
  });
});

describe('the source step accepts a pasted CSV alone', () => {
  it('takes the erased day, count and timezone fields sent beside the CSV as cleared', () => {
    const update = { sessionId: 's', input: { day: '', timezone: '', csv: 'Date;Donations\n\n2026-11-20;12\n' } };
    expect(wizardUpdateSchema.safeParse(update).success).toBe(true);
  });
});
