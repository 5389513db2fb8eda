import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, metricCsv } from '../../../../renderer/features/metrics/metrics-csv';
import { bucketFormatter } from '../../../../renderer/features/metrics/bucket-format';
import type { SeriesRow } from '../../../../renderer/features/metrics/series-rows';

const rows: SeriesRow[] = [
  { t: Date.parse('2026-11-20T05:00:00Z'), count: 1234, expected: 1180.456, previous: 1100 },
  { t: Date.parse('2026-11-21T05:00:00Z'), count: null, expected: null, previous: 0 },
];

const columns = { startUtc: 'Bucket start (UTC)', local: 'Day, "New York"', count: 'Count', expected: 'Expected', previous: 'Previous period' };
const formatBucket = bucketFormatter('day', 'en-US', 'America/New_York');

describe('metricCsv', () => {
  it('writes a header and exactly one row per table row, ISO UTC start then the local label', () => {
    const csv = metricCsv(rows, { columns, formatBucket, comparing: false });
    const lines = csv.split('\r\n');
    expect(lines).toEqual([
      'Bucket start (UTC),"Day, ""New York""",Count,Expected',
      '2026-11-20T05:00:00.000Z,"Fri, Nov 20, 2026",1234,1180.46',
      '2026-11-21T05:00:00.000Z,"Sat, Nov 21, 2026",,',
    ]);
  });

  it('adds the previous period when comparing', () => {
    const csv = metricCsv(rows, { columns, formatBucket, comparing: true });
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Bucket start (UTC)', 'Day, "New York"', 'Count', 'Expected', 'Previous period']);
    expect(parsed.slice(1).map((r) => r[4])).toEqual(['1100', '0']);
  });

  it('round-trips through a CSV parser to the same cells', () => {
    const formatFrench = bucketFormatter('hour', 'fr-FR', 'Europe/Paris');
    const csv = metricCsv(rows, { columns, formatBucket: formatFrench, comparing: false });
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(['2026-11-20T05:00:00.000Z', formatFrench(rows[0]!.t), '1234', '1180.46']);
  });

  it('writes nothing but the header for an empty table', () => {
    expect(metricCsv([], { columns, formatBucket, comparing: false }).split('\r\n')).toHaveLength(1);
  });
});

describe('csvFileName', () => {
  it('keeps letters and digits, joins the parts and drops accents', () => {
    expect(csvFileName(['Added to Cart', 'Shopify', 'hour', '2026-11-14', '2026-11-20'])).toBe('added-to-cart_shopify_hour_2026-11-14_2026-11-20.csv');
    expect(csvFileName(['Café / Commande passée', ''])).toBe('cafe-commande-passee.csv');
    expect(csvFileName(['///'])).toBe('metric.csv');
  });
});
