import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../shared/domain/metric';
import { filterMetrics, integrationChoices, NO_INTEGRATION, sortMetrics } from '../../../../renderer/features/metrics/metric-ordering';

function metric(id: string, name: string, integrationName: string | null, gone = false): Metric {
  return { accountId: 'a', id, name, integrationName, integrationCategory: integrationName ? 'ecommerce' : null, created: null, updated: null, gone };
}

const metrics = [
  metric('1', 'Active on Site', 'Shopify'),
  metric('2', 'Viewed Product', 'Shopify'),
  metric('3', 'Placed Order', 'Shopify'),
  metric('4', 'Password Reset', 'API'),
  metric('5', 'Placed Order', 'BigCommerce'),
  metric('6', 'Added to Cart', 'Shopify'),
  metric('7', 'Started Checkout', 'Shopify'),
  metric('8', 'Café visit', null),
  metric('9', 'Placed Order', 'Magento', true),
  metric('10', 'cancelled Order', 'Shopify'),
];

describe('sortMetrics', () => {
  it('puts the headline metrics first in funnel order, namesakes by integration, gone ones last, then the rest by name', () => {
    const sorted = sortMetrics(metrics, 'en').map((m) => `${m.name}/${m.integrationName ?? '-'}`);
    expect(sorted).toEqual([
      'Placed Order/BigCommerce',
      'Placed Order/Shopify',
      'Placed Order/Magento',
      'Started Checkout/Shopify',
      'Added to Cart/Shopify',
      'Viewed Product/Shopify',
      'Active on Site/Shopify',
      'Café visit/-',
      'cancelled Order/Shopify',
      'Password Reset/API',
    ]);
  });

  it('does not change the list it is given', () => {
    const copy = [...metrics];
    sortMetrics(metrics, 'en');
    expect(metrics).toEqual(copy);
  });
});

describe('filterMetrics', () => {
  const names = (list: Metric[]) => list.map((m) => m.id);

  it('matches every word of the search in the name or the integration, ignoring case and accents', () => {
    expect(names(filterMetrics(metrics, { query: 'order', integration: '' }, 'en'))).toEqual(['3', '5', '9', '10']);
    expect(names(filterMetrics(metrics, { query: 'placed bigcommerce', integration: '' }, 'en'))).toEqual(['5']);
    expect(names(filterMetrics(metrics, { query: 'CAFE', integration: '' }, 'en'))).toEqual(['8']);
    expect(names(filterMetrics(metrics, { query: '  ', integration: '' }, 'en'))).toHaveLength(metrics.length);
  });

  it('keeps one integration, or the metrics without any', () => {
    expect(names(filterMetrics(metrics, { query: '', integration: 'API' }, 'en'))).toEqual(['4']);
    expect(names(filterMetrics(metrics, { query: '', integration: NO_INTEGRATION }, 'en'))).toEqual(['8']);
    expect(names(filterMetrics(metrics, { query: 'order', integration: 'Shopify' }, 'en'))).toEqual(['3', '10']);
  });
});

describe('integrationChoices', () => {
  it('lists each integration once, sorted, with "none" last when needed', () => {
    expect(integrationChoices(metrics, 'en')).toEqual(['API', 'BigCommerce', 'Magento', 'Shopify', NO_INTEGRATION]);
    expect(integrationChoices(metrics.slice(0, 3), 'en')).toEqual(['Shopify']);
  });
});
