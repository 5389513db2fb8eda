import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../main/api/parse-body';
import { getAccountsSchema, toAccount } from '../../../main/api/schemas/accounts';
import { getEventsSchema, toProfileEvent } from '../../../main/api/schemas/events';
import { getFlowsSchema, toFlow } from '../../../main/api/schemas/flows';
import { queryMetricAggregatesSchema, toBuckets } from '../../../main/api/schemas/metric-aggregates';
import { getMetricsSchema, toMetric } from '../../../main/api/schemas/metrics';
import { getProfilesSchema, toProfileMatch } from '../../../main/api/schemas/profiles';
import { AppError } from '../../../shared/domain/errors';

const self = { self: 'https://a.klaviyo.com/api/x/' };

describe('get_accounts schema', () => {
  it('reads a sparse account and maps it', () => {
    const body = {
      data: [
        {
          type: 'account',
          id: 'AbC123',
          attributes: {
            contact_information: { organization_name: 'Acme', default_sender_name: 'x' },
            timezone: 'US/Eastern',
            preferred_currency: 'USD',
            public_api_key: 'AbC123',
            extra: true,
          },
          links: self,
        },
      ],
      links: self,
    };
    expect(toAccount(getAccountsSchema.parse(body))).toEqual({
      id: 'AbC123',
      name: 'Acme',
      timezone: 'US/Eastern',
      currency: 'USD',
      publicApiKey: 'AbC123',
    });
  });

  it('tolerates missing and null attributes', () => {
    expect(toAccount(getAccountsSchema.parse({ data: [{ id: 'A', attributes: { contact_information: null } }] }))).toEqual({
      id: 'A',
      name: null,
      timezone: null,
      currency: null,
      publicApiKey: null,
    });
  });

  it.each([
    ['no account', { data: [] }],
    ['data not an array', { data: { id: 'A' } }],
    ['an id that is a number', { data: [{ id: 7 }] }],
    ['timezone of the wrong type', { data: [{ id: 'A', attributes: { timezone: 5 } }] }],
  ])('refuses %s', (_label, body) => {
    expect(getAccountsSchema.safeParse(body).success).toBe(false);
  });
});

describe('get_metrics schema', () => {
  it.each([
    ['integration with extra keys', { name: 'Shopify', category: 'eCommerce', id: 'x', key: 'shopify' }, 'Shopify', 'eCommerce'],
    ['integration null', null, null, null],
    ['integration absent', undefined, null, null],
    ['integration with odd types', { name: 5, category: ['x'] }, null, null],
  ])('reads %s', (_label, integration, integrationName, integrationCategory) => {
    const body = {
      data: [{ type: 'metric', id: 'M1', attributes: { name: 'Placed Order', created: '2024-01-01T00:00:00+00:00', integration }, links: self }],
      links: { ...self, next: null },
    };
    expect(getMetricsSchema.parse(body).data.map(toMetric)).toEqual([
      { id: 'M1', name: 'Placed Order', integrationName, integrationCategory, created: '2024-01-01T00:00:00+00:00', updated: null },
    ]);
  });

  it.each([
    ['links absent', {}],
    ['next absent', { links: self }],
    ['next null', { links: { ...self, next: null } }],
    ['next empty', { links: { ...self, next: '' } }],
  ])('accepts %s', (_label, extra) => {
    expect(getMetricsSchema.safeParse({ data: [], ...extra }).success).toBe(true);
  });

  it('refuses a name that is not a string', () => {
    expect(getMetricsSchema.safeParse({ data: [{ id: 'M', attributes: { name: 12 } }] }).success).toBe(false);
  });
});

describe('get_flows schema', () => {
  it('keeps unknown status and trigger values as given', () => {
    const body = {
      data: [{ id: 'F1', attributes: { name: 'Welcome', status: 'paused-ish', trigger_type: 'Something New', archived: false, created: null } }],
    };
    expect(getFlowsSchema.parse(body).data.map(toFlow)).toEqual([
      { id: 'F1', name: 'Welcome', status: 'paused-ish', triggerType: 'Something New', archived: false, created: null, updated: null },
    ]);
  });

  it('refuses archived written as a string', () => {
    expect(getFlowsSchema.safeParse({ data: [{ id: 'F1', attributes: { archived: 'false' } }] }).success).toBe(false);
  });
});

describe('get_profiles schema', () => {
  it.each([
    ['no match', { data: [] }, null],
    ['a match', { data: [{ type: 'profile', id: 'P1', attributes: { email: 'a+b@x.com', created: '2026-07-01T00:00:00+00:00' } }] }, { id: 'P1', email: 'a+b@x.com', created: '2026-07-01T00:00:00+00:00' }],
    ['a match after one without id', { data: [{ id: null }, { id: 'P2' }] }, { id: 'P2', email: null, created: null }],
  ])('reads %s', (_label, body, expected) => {
    expect(toProfileMatch(getProfilesSchema.parse(body))).toEqual(expected);
  });

  it('refuses profiles none of which has an id', () => {
    expect(getProfilesSchema.safeParse({ data: [{ id: null, attributes: { email: 'a@x.com' } }] }).success).toBe(false);
  });
});

describe('get_events schema', () => {
  it.each([
    ['datetime and a numeric $value', { datetime: '2026-07-15T01:23:45+02:00', event_properties: { $value: 42.5, OrderId: 'o1' } }, '2026-07-14T23:23:45.000Z', 42.5],
    ['only a timestamp, $value as text', { timestamp: 1_784_073_600, event_properties: { $value: '10' } }, '2026-07-15T00:00:00.000Z', 10],
    ['nothing usable', { datetime: null, event_properties: null }, null, undefined],
  ])('reads %s', (_label, attributes, datetime, value) => {
    const [event] = getEventsSchema.parse({ data: [{ id: 'E1', attributes }] }).data.map(toProfileEvent);
    expect(event?.datetime).toBe(datetime);
    expect(event?.value).toBe(value);
    expect(event?.properties).toEqual(attributes.event_properties ?? {});
  });

  it('refuses a timestamp written as text', () => {
    expect(getEventsSchema.safeParse({ data: [{ id: 'E1', attributes: { timestamp: '1784073600' } }] }).success).toBe(false);
  });
});

describe('query_metric_aggregates schema', () => {
  const dates = ['2026-07-01T04:00:00+00:00', '2026-07-01T05:00:00+00:00', '2026-07-01T06:00:00+00:00'];
  const document = (attributes: unknown) => ({ data: { type: 'metric-aggregate', id: 'q1', attributes, links: self }, links: self });

  it.each([
    [
      'aligned arrays',
      { dates, data: [{ dimensions: [], measurements: { count: [3, 0, 5], sum_value: [120.5, 0, 310], unique: [3, 0, 4] } }] },
      [[3, 120.5, 3], [0, 0, 0], [5, 310, 4]],
    ],
    ['nulls as zero', { dates, data: [{ dimensions: [], measurements: { count: [null, 2, null], sum_value: null } }] }, [[0, 0, 0], [2, 0, 0], [0, 0, 0]]],
    ['short arrays padded with zeros', { dates, data: [{ measurements: { count: [1] } }] }, [[1, 0, 0], [0, 0, 0], [0, 0, 0]]],
    ['no rows: a zero series', { dates, data: [] }, [[0, 0, 0], [0, 0, 0], [0, 0, 0]]],
    ['rows absent: a zero series', { dates }, [[0, 0, 0], [0, 0, 0], [0, 0, 0]]],
  ])('reads %s', (_label, attributes, expected) => {
    const buckets = toBuckets(queryMetricAggregatesSchema.parse(document(attributes)));
    expect(buckets.map((bucket) => bucket.start)).toEqual(['2026-07-01T04:00:00.000Z', '2026-07-01T05:00:00.000Z', '2026-07-01T06:00:00.000Z']);
    expect(buckets.map((bucket) => [bucket.count, bucket.sumValue, bucket.unique])).toEqual(expected);
  });

  it.each([
    ['dates missing', { data: [] }],
    ['a date that is not one', { dates: ['yesterday'], data: [] }],
    ['measurements that are not arrays', { dates, data: [{ measurements: { count: 3 } }] }],
    ['values written as text', { dates, data: [{ measurements: { count: ['3', '0', '5'] } }] }],
  ])('refuses %s', (_label, attributes) => {
    expect(queryMetricAggregatesSchema.safeParse(document(attributes)).success).toBe(false);
  });
});

describe('parseBody', () => {
  it.each([
    ['a truncated body (raw text)', '{"data":[{"id":"M1","attr'],
    ['a wrong shape', { data: 'nope' }],
    ['nothing', undefined],
  ])('turns %s into bad-response naming the operation', (_label, body) => {
    let error: unknown;
    try {
      parseBody('getMetrics', getMetricsSchema, body);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'bad-response', params: { operation: 'get_metrics' } });
  });
});
