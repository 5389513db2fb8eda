import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiRevision } from '../../shared/klaviyo/operations';
import { loadSpecContract, specPath, type RequestUnderTest } from './openapi-contract';

/**
 * The validator itself: it needs the spec and says so when it is missing, it passes well-formed
 * requests and documents, and it can fail. Without these, "zero problems" in the other contract
 * tests would prove nothing.
 */
describe('the spec contract validator', () => {
  it('fails with a message naming the missing spec, never skips', () => {
    expect(specPath).toMatch(/contract[/\\]spec[/\\]klaviyo-openapi-subset\.json$/);
    expect(() => loadSpecContract('/nowhere/klaviyo-openapi-subset.json')).toThrow(
      'The API spec subset is missing at /nowhere/klaviyo-openapi-subset.json: the contract tests cannot run without it.',
    );
  });

  it('holds the official subset verbatim (revision 2026-07-15)', () => {
    // Only the in-repo copy counts: a file outside the checkout may or may not be there, and an
    // assertion that runs only when it is can pass without comparing anything. The digest pins
    // the bytes of reference/klaviyo-openapi-subset.json as published with the product's references.
    const bytes = readFileSync(specPath);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('731141022ed236755d4415bb6ebc70fe4fbc9911d25564478436c1b0b7b8332d');
  });

  const contract = loadSpecContract();
  const headers = { authorization: 'Klaviyo-API-Key pk_test…', revision: apiRevision, accept: 'application/vnd.api+json' };
  const getFlows: RequestUnderTest = {
    method: 'GET',
    path: '/api/flows',
    query: [
      ['fields[flow]', 'name,status,trigger_type'],
      ['page[size]', '50'],
      ['sort', 'id'],
    ],
    headers,
    body: '',
  };
  const aggregateBody = {
    data: {
      type: 'metric-aggregate',
      attributes: {
        metric_id: 'AbC123',
        measurements: ['count', 'sum_value', 'unique'],
        interval: 'hour',
        timezone: 'America/New_York',
        filter: ['greater-or-equal(datetime,2026-07-01T00:00:00-04:00)', 'less-than(datetime,2026-07-08T00:00:00-04:00)'],
      },
    },
  };
  const postAggregates: RequestUnderTest = {
    method: 'POST',
    path: '/api/metric-aggregates',
    query: [],
    headers: { ...headers, 'content-type': 'application/vnd.api+json' },
    body: JSON.stringify(aggregateBody),
  };
  const flowTriggers: RequestUnderTest = { method: 'GET', path: '/api/metrics/AbC123/flow-triggers', query: [['fields[flow]', 'name']], headers, body: '' };

  it('passes well-formed requests of each kind', () => {
    expect(contract.validateRequest(getFlows)).toEqual([]);
    expect(contract.validateRequest(postAggregates)).toEqual([]);
    expect(contract.validateRequest(flowTriggers)).toEqual([]);
  });

  it.each<[string, RequestUnderTest, RegExp]>([
    ['a repeated query parameter', { ...getFlows, query: [...getFlows.query, ['fields[flow]', 'archived']] }, /fields\[flow\] repeated/],
    ['a value outside an enum', { ...getFlows, query: [['fields[flow]', 'name,colour']] }, /query fields\[flow\]: \/1 must be equal to one of the allowed values/],
    ['a sort key outside its enum', { ...getFlows, query: [['sort', 'priority']] }, /query sort: .*allowed values/],
    ['a page size above the maximum', { ...getFlows, query: [['page[size]', '51']] }, /query page\[size\]: .*must be <= 50/],
    ['a parameter the operation does not have', { ...getFlows, query: [['page[number]', '2']] }, /page\[number\] is not defined for get_flows/],
    ['a missing revision', { ...getFlows, headers: { authorization: headers.authorization } }, /missing required header revision/],
    ['a malformed revision', { ...getFlows, headers: { ...headers, revision: '15-07-2026' } }, /revision header "15-07-2026" is not YYYY-MM-DD/],
    ['a Bearer token', { ...getFlows, headers: { ...headers, authorization: 'Bearer pk_test' } }, /Authorization header must be "Klaviyo-API-Key <key>"/],
    ['a body without data', { ...postAggregates, body: '{}' }, /body: \/ must have required property 'data'/],
    ['a body with a filter string instead of a list', { ...postAggregates, body: JSON.stringify({ data: { ...aggregateBody.data, attributes: { ...aggregateBody.data.attributes, filter: 'x' } } }) }, /body: \/data\/attributes\/filter must be array/],
    ['an unknown measurement', { ...postAggregates, body: JSON.stringify({ data: { ...aggregateBody.data, attributes: { ...aggregateBody.data.attributes, measurements: ['sum'] } } }) }, /body: \/data\/attributes\/measurements\/0 must be equal to one of the allowed values/],
    ['a body that is not JSON', { ...postAggregates, body: '{"data":' }, /request body is not JSON/],
    ['application/json on the body', { ...postAggregates, headers: { ...postAggregates.headers, 'content-type': 'application/json' } }, /Content-Type "application\/json" is not application\/vnd.api\+json/],
    ['a body on a GET', { ...getFlows, body: '{}' }, /GET \/api\/flows takes no body/],
    ['a path outside the seven operations', { ...getFlows, path: '/api/lists' }, /GET \/api\/lists is not one of the seven operations/],
  ])('reports %s', (_, request, problem) => {
    const problems = contract.validateRequest(request);
    expect(problems.some((text) => problem.test(text)), problems.join('\n')).toBe(true);
  });

  const flow = {
    type: 'flow',
    id: 'XyZ123',
    attributes: { name: 'Welcome', status: 'live', archived: false, trigger_type: 'Added to List', created: '2026-07-01T00:00:00+00:00', updated: null },
    links: { self: 'https://a.klaviyo.com/api/flows/XyZ123/' },
  };
  const flows = { data: [flow], links: { self: 'https://a.klaviyo.com/api/flows/' } };

  it('passes a well-formed document and an error body', () => {
    expect(contract.validateResponse('getFlows', 200, flows, false)).toEqual([]);
    expect(contract.validateResponse('getFlows', 403, { errors: [{ id: 'e1', code: 'permission_denied', title: 'No.', detail: 'Missing flows:read.' }] }, false)).toEqual([]);
  });

  it.each<[string, number, unknown, boolean, RegExp]>([
    ['a wrong resource type', 200, { ...flows, data: [{ ...flow, type: 'flows' }] }, false, /\/data\/0\/type must be equal to one of the allowed values/],
    ['a null links.next (not nullable in the spec)', 200, { ...flows, links: { self: flows.links.self, next: null } }, false, /\/links\/next must be string/],
    ['a trigger type outside the enum', 200, { ...flows, data: [{ ...flow, attributes: { ...flow.attributes, trigger_type: 'Metric Trigger' } }] }, false, /trigger_type must be equal to one of the allowed values/],
    ['a resource without links.self', 200, { ...flows, data: [{ ...flow, links: {} }] }, true, /\/data\/0\/links must have required property 'self'/],
    ['a wrongly typed attribute, sparse or not', 200, { ...flows, data: [{ ...flow, attributes: { archived: 'no' } }] }, true, /\/data\/0\/attributes\/archived must be boolean/],
    ['an error without detail', 400, { errors: [{ id: 'e1', code: 'invalid', title: 'Invalid input.' }] }, false, /must have required property 'detail'/],
    ['a status the spec does not declare', 302, {}, false, /get_flows declares no response for status 302/],
  ])('reports %s', (_, status, document, sparse, problem) => {
    const problems = contract.validateResponse('getFlows', status, document, sparse);
    expect(problems.some((text) => problem.test(text)), problems.join('\n')).toBe(true);
  });

  it('drops required attributes only for sparse fieldsets', () => {
    const sparseAccount = {
      data: [{ type: 'account', id: 'AbC123', attributes: { timezone: 'US/Eastern', contact_information: { street_address: { city: 'Boston' } } }, links: { self: 'https://a.klaviyo.com/api/accounts/AbC123/' } }],
      links: { self: 'https://a.klaviyo.com/api/accounts/' },
    };
    expect(contract.validateResponse('getAccounts', 200, sparseAccount, true)).toEqual([]);
    expect(contract.validateResponse('getAccounts', 200, sparseAccount, false)).toContain(
      `/data/0/attributes must have required property 'test_account' {"missingProperty":"test_account"}`,
    );
  });
});
