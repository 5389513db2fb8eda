import { describe, expect, it } from 'vitest';
import { diagnose, diagnosisKey } from '../../../main/detection/diagnosis';
import type { Diagnosis, DiagnosisMetricInput } from '../../../main/detection/diagnosis-types';
import { advanceMonitor } from '../../../main/detection/monitor';
import type { RateModifier } from '../../eval/store-series';
import { context, dayHour, HOUR, outage, store } from './detection-fixtures';

/** Every metric's monitor advanced to the same watermark, as after one sync. */
const DAYS = 48;
const STOP = dayHour(44, 10);
const WATERMARK = dayHour(DAYS, 0);
const AT = WATERMARK - HOUR;
let seed = 1;

interface MetricSpec {
  name: string;
  integration: string | null;
  category?: string | null;
  rate: number;
  modifiers?: RateModifier[];
  /** Hours before this are not in the cache (the metric did not exist yet). */
  from?: number;
  createdAt?: number;
}

function metric(spec: MetricSpec): DiagnosisMetricInput {
  seed += 1;
  const hours = store({ seed, rate: spec.rate, days: DAYS, modifiers: spec.modifiers ?? [] }).filter((h) => h.start >= (spec.from ?? 0));
  const { state } = advanceMonitor(null, hours, context(WATERMARK, { historyStart: spec.from }));
  return {
    id: `${spec.integration ?? 'none'}/${spec.name}`,
    name: spec.name,
    integrationName: spec.integration,
    integrationCategory: spec.category === undefined ? 'ecommerce' : spec.category,
    createdAt: spec.createdAt ?? null,
    state,
  };
}

const stopped = [outage(STOP, null)];
const kinds = (found: Diagnosis[]) => found.map((d) => d.kind).sort();

describe('diagnosis', () => {
  it('integration-outage: every metric of one integration drops together', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'Shopify', rate: 12, modifiers: stopped }),
        metric({ name: 'Started Checkout', integration: 'Shopify', rate: 30, modifiers: stopped }),
        metric({ name: 'Added to Cart', integration: 'Shopify', rate: 60, modifiers: stopped }),
        metric({ name: 'Viewed Product', integration: 'API', category: 'api', rate: 200 }),
      ],
    });
    expect(kinds(found)).toEqual(['integration-outage']);
    expect(found[0]).toMatchObject({
      kind: 'integration-outage',
      at: AT,
      metrics: ['Placed Order', 'Started Checkout', 'Added to Cart'],
      evidence: { integration: 'Shopify', custom: false, statusPage: 'https://status.shopify.com', start: STOP, depth: 1 },
    });
  });

  it('integration-outage on a custom integration says so, and needs two metrics that can be judged', () => {
    const custom = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Password Reset', integration: 'Acme ERP', category: 'api', rate: 8, modifiers: stopped }),
        metric({ name: 'Invoice Sent', integration: 'Acme ERP', category: 'api', rate: 10, modifiers: stopped }),
        metric({ name: 'Rarely', integration: 'Acme ERP', category: 'api', rate: 0.05 }),
      ],
    });
    expect(custom).toEqual([expect.objectContaining({ kind: 'integration-outage', evidence: expect.objectContaining({ custom: true, statusPage: null }) })]);
    const single = diagnose({ at: AT, metrics: [metric({ name: 'Password Reset', integration: 'Acme ERP', category: 'api', rate: 8, modifiers: stopped })] });
    expect(single).toEqual([]);
  });

  it('onsite-tracking: Viewed Product and Added to Cart drop while Placed Order does not', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'Shopify', rate: 12 }),
        metric({ name: 'Started Checkout', integration: 'Shopify', rate: 30 }),
        metric({ name: 'Added to Cart', integration: 'Shopify', rate: 60, modifiers: stopped }),
        metric({ name: 'Viewed Product', integration: 'Klaviyo', category: 'api', rate: 200, modifiers: stopped }),
      ],
    });
    expect(kinds(found)).toEqual(['onsite-tracking']);
    expect(found[0]).toMatchObject({
      metrics: ['Added to Cart', 'Viewed Product'],
      evidence: { placedOrderMetricId: 'Shopify/Placed Order', platform: 'Shopify', themeSnippets: true, start: STOP },
    });
  });

  it('order-status: Started Checkout normal while Placed Order drops (custom statuses)', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'BigCommerce', rate: 12, modifiers: stopped }),
        metric({ name: 'Started Checkout', integration: 'BigCommerce', rate: 30 }),
      ],
    });
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'order-status',
        metrics: ['Placed Order'],
        evidence: expect.objectContaining({
          plugin: false,
          startedCheckoutMetricId: 'BigCommerce/Started Checkout',
          statusRule: { platform: 'BigCommerce', rule: 'ignored', statuses: ['Incomplete', 'Pending', 'Awaiting Payment'] },
        }),
      }),
    ]);
  });

  it('order-status on WooCommerce or Magento: both gone points at the plugin', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'WooCommerce', rate: 12, modifiers: stopped }),
        metric({ name: 'Started Checkout', integration: 'WooCommerce', rate: 30, modifiers: stopped }),
        metric({ name: 'Viewed Product', integration: 'Klaviyo', category: 'api', rate: 100 }),
      ],
    });
    const status = found.find((d) => d.kind === 'order-status');
    expect(status).toMatchObject({ metrics: ['Placed Order', 'Started Checkout'], evidence: { plugin: true, integration: 'WooCommerce' } });
    // On Shopify the same picture is not a plugin matter.
    const shopify = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'Shopify', rate: 12, modifiers: stopped }),
        metric({ name: 'Started Checkout', integration: 'Shopify', rate: 30, modifiers: stopped }),
      ],
    });
    expect(kinds(shopify)).toEqual(['integration-outage']);
  });

  it('platform-switch: the legacy metric stops while the same metric of another integration starts', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'BigCommerce', rate: 12, modifiers: stopped }),
        metric({ name: 'Started Checkout', integration: 'BigCommerce', rate: 30, modifiers: stopped }),
        metric({ name: 'Fulfilled Order', integration: 'BigCommerce', rate: 0.2, modifiers: stopped }),
        metric({ name: 'Placed Order', integration: 'Shopify', rate: 12, from: dayHour(40, 0) }),
        metric({ name: 'Started Checkout', integration: 'Shopify', rate: 30, from: dayHour(40, 0) }),
      ],
    });
    // The switch explains the legacy integration: no outage or order-status finding on top.
    expect(kinds(found)).toEqual(['platform-switch']);
    expect(found[0]).toMatchObject({
      metrics: ['Placed Order', 'Started Checkout'],
      evidence: {
        legacyIntegration: 'BigCommerce',
        newIntegration: 'Shopify',
        legacyMetricIds: ['BigCommerce/Placed Order', 'BigCommerce/Started Checkout', 'BigCommerce/Fulfilled Order'],
        replacements: [
          { name: 'Placed Order', legacyMetricId: 'BigCommerce/Placed Order', newMetricId: 'Shopify/Placed Order' },
          { name: 'Started Checkout', legacyMetricId: 'BigCommerce/Started Checkout', newMetricId: 'Shopify/Started Checkout' },
        ],
      },
    });
  });

  it('no-recent-orders: a Placed Order metric with no event yet, even before two weeks of history', () => {
    const newStore = dayHour(DAYS - 3, 0);
    const found = diagnose({
      at: AT,
      metrics: [metric({ name: 'Placed Order', integration: 'Shopify', rate: 0, from: newStore, createdAt: newStore })],
    });
    expect(found).toEqual([
      expect.objectContaining({ kind: 'no-recent-orders', metrics: ['Placed Order'], evidence: expect.objectContaining({ totalEvents: 0, lastEventAt: null }) }),
    ]);
  });

  it('no-recent-orders: a new account whose orders stopped days ago, but not an old quiet one', () => {
    const opened = dayHour(DAYS - 10, 0);
    const quietSince = [outage(dayHour(DAYS - 5, 0), null)];
    const fresh = metric({ name: 'Placed Order', integration: 'Shopify', rate: 2, from: opened, createdAt: opened, modifiers: quietSince });
    expect(kinds(diagnose({ at: AT, metrics: [fresh] }))).toEqual(['no-recent-orders']);
    const busy = metric({ name: 'Placed Order', integration: 'Shopify', rate: 2, from: opened, createdAt: opened });
    expect(diagnose({ at: AT, metrics: [busy] })).toEqual([]);
    const old = metric({ name: 'Placed Order', integration: 'Shopify', rate: 0.01, createdAt: dayHour(-300, 0) });
    expect(kinds(diagnose({ at: AT, metrics: [old] }))).not.toContain('no-recent-orders');
  });

  it('nothing to say when every metric is normal; unmonitored metrics are ignored', () => {
    const found = diagnose({
      at: AT,
      metrics: [
        metric({ name: 'Placed Order', integration: 'Shopify', rate: 12 }),
        metric({ name: 'Started Checkout', integration: 'Shopify', rate: 30 }),
        { id: 'x', name: 'Added to Cart', integrationName: 'Shopify', integrationCategory: 'ecommerce', state: null },
      ],
    });
    expect(found).toEqual([]);
  });

  it('a finding keeps its key from hour to hour', () => {
    const metrics = [
      metric({ name: 'Placed Order', integration: 'BigCommerce', rate: 12, modifiers: stopped }),
      metric({ name: 'Started Checkout', integration: 'BigCommerce', rate: 30 }),
    ];
    const [now] = diagnose({ at: AT, metrics });
    const [before] = diagnose({ at: AT - 5 * HOUR, metrics });
    const key = (d: typeof now) => diagnosisKey({ kind: d!.kind, metricIds: d!.evidence.metricIds });
    expect(key(now)).toBe(key(before));
    // A stored copy lists the same metrics in another order: still the same finding.
    expect(diagnosisKey({ kind: 'integration-outage', metricIds: ['m2', 'm1'] })).toBe(diagnosisKey({ kind: 'integration-outage', metricIds: ['m1', 'm2'] }));
  });
});
