import { describe, expect, it } from 'vitest';
import { parseReplayCsv } from '../../../main/detection/replay-csv';

const HEADER = 'metric,integration,timestamp,count';
const at = (iso: string) => Date.parse(iso) / 1000;

describe('replay CSV', () => {
  it('reads interleaved metrics in any row order, one series per metric and integration', () => {
    const result = parseReplayCsv(
      [
        HEADER,
        'Placed Order,Shopify,2026-07-01T14:00:00Z,3',
        'Started Checkout,Shopify,2026-07-01T13:00:00Z,9',
        'Placed Order,Shopify,2026-07-01T13:00:00Z,4',
        '"Placed Order, legacy","Big ""Commerce""",2026-07-01T13:00:00Z,0',
        '',
      ].join('\r\n'),
      'UTC',
    );
    expect(result).toEqual({
      ok: true,
      series: [
        { metric: 'Placed Order, legacy', integration: 'Big "Commerce"', category: null, counts: new Map([[at('2026-07-01T13:00:00Z'), 0]]) },
        {
          metric: 'Placed Order',
          integration: 'Shopify',
          category: 'ecommerce',
          counts: new Map([
            [at('2026-07-01T14:00:00Z'), 3],
            [at('2026-07-01T13:00:00Z'), 4],
          ]),
        },
        { metric: 'Started Checkout', integration: 'Shopify', category: 'ecommerce', counts: new Map([[at('2026-07-01T13:00:00Z'), 9]]) },
      ],
    });
  });

  it('accepts columns in another order and hours on a half-hour-offset zone grid', () => {
    const result = parseReplayCsv('count,timestamp,metric,integration\n5,2026-07-01T13:30:00Z,Placed Order,Shopify\n', 'Asia/Kolkata');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a header without rows', `${HEADER}\n`, /header but no rows/],
    ['a missing column', 'metric,timestamp,count\nPlaced Order,2026-07-01T13:00:00Z,3', /missing column integration/],
    ['an unparsable timestamp', `${HEADER}\nPlaced Order,Shopify,yesterday,3`, /line 2: timestamp "yesterday" is not an ISO 8601 instant/],
    ['a timestamp without zone', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00,3`, /not an ISO 8601 instant with a zone/],
    ['a timestamp inside an hour', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:20:00Z,3`, /not the start of an hour in UTC/],
    ['a negative count', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z,-3`, /line 2: count is negative/],
    ['a fractional count', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z,2.5`, /count is not a whole number/],
    ['a count that is no number', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z,many`, /count is not a number/],
    ['an empty metric', `${HEADER}\n,Shopify,2026-07-01T13:00:00Z,1`, /metric is empty/],
    ['a duplicate hour', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1\nPlaced Order,Shopify,2026-07-01T13:00:00Z,2`, /line 3: a second row/],
    ['an unclosed quote', `${HEADER}\n"Placed Order,Shopify,2026-07-01T13:00:00Z,1`, /never closed/],
  ])('refuses %s with one clear sentence', (_, text, message) => {
    const result = parseReplayCsv(text, 'UTC');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });

  it('numbers lines as an editor does, blank lines included', () => {
    const result = parseReplayCsv(`${HEADER}\n\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1\nPlaced Order,Shopify,2026-07-01T14:00:00Z,-1`, 'UTC');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^line 4: /) });
  });

  it.each([
    ['a row with more cells than the header', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1\nPlaced Order,Shopify,2026-07-01T14:00:00Z,2,7`, /^line 3: 5 cells where the header names 4 \(extra: "7"\)$/],
    ['a row with fewer cells than the header', `${HEADER}\nPlaced Order,Shopify,2026-07-01T13:00:00Z`, /^line 2: 3 cells where the header names 4$/],
    ['a column named twice', `${HEADER},count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1,2`, /^the header names count twice \(columns 4 and 5\); keep one$/],
    ['a column named twice in another case', `Metric,integration,timestamp,count,METRIC\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1,x`, /^the header names metric twice \(columns 1 and 5\); keep one$/],
  ])('refuses %s, saying where and what', (_, text, message) => {
    const result = parseReplayCsv(text, 'UTC');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('still accepts a column of its own beside the four (a note), and a trailing blank line', () => {
    const result = parseReplayCsv(`${HEADER},note\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1,checked\n`, 'UTC');
    expect(result.ok).toBe(true);
  });
});
