import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../../shared/domain/diagnosis';
import type { Metric } from '../../../../shared/domain/metric';
import { diagnosisText } from '../../../../renderer/features/home/diagnosis-text';
import { translator } from './translator';

const metric = (id: string, name: string, integrationName: string): Metric => ({
  accountId: 'demo',
  id,
  name,
  integrationName,
  integrationCategory: 'ecommerce',
  created: null,
  updated: null,
  gone: false,
});
const metrics = [
  metric('vp', 'Viewed Product', 'Shopify'),
  metric('atc', 'Added to Cart', 'Shopify'),
  metric('po-s', 'Placed Order', 'Shopify'),
  metric('po-b', 'Placed Order', 'BigCommerce'),
];
const base = { accountId: 'demo', at: '2026-11-23T12:00:00.000Z', start: '2026-11-22T07:00:00.000Z', depth: 0.6461, flows: [], drops: [] };
const context = { t: translator('en'), locale: 'en-US', timeZone: 'America/New_York', now: new Date('2026-11-23T13:30:00Z'), metrics };

describe('diagnosis cards in plain words', () => {
  it('onsite tracking on Shopify points at the theme snippets', () => {
    const text = diagnosisText(
      {
        ...base,
        kind: 'onsite-tracking',
        metricIds: ['vp', 'atc'],
        metricNames: ['Viewed Product', 'Added to Cart'],
        details: { kind: 'onsite-tracking', placedOrderMetricId: 'po-s', platform: 'Shopify', themeSnippets: true },
      },
      context,
    );
    expect(text.title).toBe('Onsite tracking looks broken');
    expect(text.metrics).toBe('Viewed Product and Added to Cart');
    expect(text.since).toMatch(/^Sun 2:00\sAM(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/);
    expect(text.evidence[1]).toContain('On Shopify, these events come from code snippets in the store’s theme.');
  });

  it('a platform switch names both platforms, each replacement and what to do with the flows left behind', () => {
    const diagnosis: Diagnosis = {
      ...base,
      kind: 'platform-switch',
      start: '2026-11-03T13:00:00.000Z',
      depth: 1,
      metricIds: ['po-b'],
      metricNames: ['Placed Order'],
      details: {
        kind: 'platform-switch',
        legacyIntegration: 'BigCommerce',
        newIntegration: 'Shopify',
        legacyMetricIds: ['po-b'],
        replacements: [{ name: 'Placed Order', legacyMetricId: 'po-b', newMetricId: 'po-s' }],
      },
      flows: [{ id: 'f1', name: 'Order Confirmation (BigCommerce)', status: 'live' }],
    };
    const text = diagnosisText(diagnosis, context);
    expect(text.title).toBe('Flows still wait for BigCommerce after the move to Shopify');
    expect(text.metrics).toBe('Placed Order (BigCommerce)');
    expect(text.since).toMatch(/^Nov 3, 8:00\sAM(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))?$/);
    expect(text.evidence).toEqual([
      'Orders now arrive from Shopify, while BigCommerce has gone quiet.',
      'Placed Order from BigCommerce is replaced by Placed Order from Shopify.',
      expect.stringContaining('clone each flow with the Shopify metric as its trigger'),
    ]);
    expect(diagnosisText({ ...diagnosis, flows: [] }, context).evidence[2]).toBe('No flow depends on the BigCommerce metrics any more.');
  });

  it('an outage of a built-in platform links its status page; a custom integration sends the operator to its builders', () => {
    const outage: Diagnosis = {
      ...base,
      kind: 'integration-outage',
      metricIds: ['po-s'],
      metricNames: ['Placed Order'],
      details: { kind: 'integration-outage', integration: 'Shopify', category: 'ecommerce', custom: false, statusPage: 'https://status.shopify.com' },
    };
    expect(diagnosisText(outage, context).statusPage).toEqual({ label: 'Shopify status page', url: 'https://status.shopify.com' });
    const custom = diagnosisText({ ...outage, details: { ...outage.details, integration: 'Shop API', custom: true, statusPage: null } as Diagnosis['details'] }, context);
    expect(custom.statusPage).toBeNull();
    expect(custom.evidence).toEqual([expect.stringContaining('Shop API is a custom integration')]);
  });

  it('order statuses are listed the way the language lists them, and a missing plugin is named', () => {
    const text = diagnosisText(
      {
        ...base,
        kind: 'order-status',
        metricIds: ['po-b'],
        metricNames: ['Placed Order'],
        details: {
          kind: 'order-status',
          integration: 'BigCommerce',
          startedCheckoutMetricId: null,
          plugin: true,
          statusRule: { platform: 'BigCommerce', rule: 'ignored', statuses: ['Incomplete', 'Pending', 'Awaiting Payment'] },
        },
      },
      context,
    );
    expect(text.evidence[1]).toBe('BigCommerce does not count orders in these statuses as placed: Incomplete, Pending, and Awaiting Payment.');
    expect(text.evidence[2]).toContain('the BigCommerce plugin or extension is the likely cause');
  });

  it('no recent orders tells when the last one came, or that none ever did, and suggests a test order', () => {
    const diagnosis: Diagnosis = {
      ...base,
      kind: 'no-recent-orders',
      start: null,
      depth: null,
      metricIds: ['po-s'],
      metricNames: ['Placed Order'],
      details: { kind: 'no-recent-orders', totalEvents: 1234, lastEventAt: '2026-11-01T15:00:00.000Z' },
    };
    const text = diagnosisText(diagnosis, context);
    expect(text.since).toBeNull();
    expect(text.evidence[0]).toMatch(/^The last Placed Order event arrived on Nov 1, 2026, 10:00\sAM(?: (?:E[SD]T|UTC[−-]5|GMT[−-]5))? \(1,234 received in all\)\.$/);
    const never = diagnosisText({ ...diagnosis, details: { kind: 'no-recent-orders', totalEvents: 0, lastEventAt: null } }, context);
    expect(never.evidence[0]).toBe('No Placed Order event has ever been received.');
    expect(never.evidence[1]).toContain('test order');
  });
});
