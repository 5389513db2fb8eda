import { describe, expect, it } from 'vitest';
import {
  transactionalEligibility,
  type TransactionalReason,
  type TransactionalTrigger,
  type TransactionalVerdict,
} from '../../../shared/domain/transactional';

const ecommerce = { integrationCategory: 'ecommerce' };
const api = { integrationCategory: 'api' };

describe('transactional eligibility of a flow’s emails', () => {
  it.each<[string, TransactionalTrigger, TransactionalVerdict, TransactionalReason]>([
    ['a store metric (Placed Order)', { triggerType: 'Metric', metric: ecommerce }, 'eligible', 'integration-metric'],
    ['a donations metric', { triggerType: 'Metric', metric: { integrationCategory: 'donations' } }, 'eligible', 'integration-metric'],
    ['an API metric (Password Reset)', { triggerType: 'Metric', metric: api }, 'eligible', 'custom-metric'],
    ['a metric with no integration', { triggerType: 'Metric', metric: { integrationCategory: null } }, 'eligible', 'custom-metric'],
    ['a metric the cache does not know', { triggerType: 'Metric', metric: null }, 'eligible', 'unknown-metric'],
    ['a price drop', { triggerType: 'Price Drop', metric: null }, 'not-eligible', 'price-drop'],
    ['a list', { triggerType: 'Added to List', metric: null }, 'support-only', 'list-or-segment'],
    ['a segment', { triggerType: 'Added to Segment', metric: null }, 'support-only', 'list-or-segment'],
    ['a date', { triggerType: 'Date Based', metric: null }, 'not-eligible', 'not-metric-triggered'],
    ['low inventory', { triggerType: 'Low Inventory', metric: null }, 'not-eligible', 'not-metric-triggered'],
    ['an unconfigured trigger', { triggerType: 'Unconfigured', metric: null }, 'not-eligible', 'not-metric-triggered'],
    ['no trigger at all', { triggerType: null, metric: null }, 'not-eligible', 'not-metric-triggered'],
  ])('%s', (_label, trigger, verdict, reason) => {
    expect(transactionalEligibility(trigger)).toMatchObject({ verdict, reason });
  });

  it('reads the trigger type however the API spells it', () => {
    expect(transactionalEligibility({ triggerType: ' metric ', metric: ecommerce }).verdict).toBe('eligible');
    expect(transactionalEligibility({ triggerType: 'price_drop', metric: null }).reason).toBe('price-drop');
    expect(transactionalEligibility({ triggerType: 'ADDED-TO-LIST', metric: null }).reason).toBe('list-or-segment');
  });

  it('a price drop would not qualify even with a metric attached', () => {
    expect(transactionalEligibility({ triggerType: 'Price Drop', metric: ecommerce }).verdict).toBe('not-eligible');
  });

  it('lists the request rules for a qualifying flow, with the plan as a condition we cannot check', () => {
    expect(transactionalEligibility({ triggerType: 'Metric', metric: ecommerce }).conditions).toEqual([
      'paid-account',
      'per-email',
      'manual-mode',
      'no-ab-test',
      'approval-one-business-day',
      'edits-remove-status',
    ]);
  });

  it('asks to disable the store’s own email first only for a custom metric', () => {
    expect(transactionalEligibility({ triggerType: 'Metric', metric: api }).conditions).toContain('disable-store-email');
    expect(transactionalEligibility({ triggerType: 'Metric', metric: ecommerce }).conditions).not.toContain('disable-store-email');
    expect(transactionalEligibility({ triggerType: 'Metric', metric: null }).conditions).not.toContain('disable-store-email');
  });

  it('sends list and segment flows to support, and gives no request rules to a flow that cannot qualify', () => {
    expect(transactionalEligibility({ triggerType: 'Added to List', metric: null }).conditions).toEqual(['paid-account', 'support-stricter-rules']);
    expect(transactionalEligibility({ triggerType: 'Price Drop', metric: null }).conditions).toEqual([]);
    expect(transactionalEligibility({ triggerType: 'Date Based', metric: null }).conditions).toEqual([]);
  });
});
