import { describe, expect, it } from 'vitest';
import {
  transactionalEligibility,
  type TransactionalReason,
  type TransactionalRule,
  type TransactionalSubject,
  type TransactionalVerdict,
} from '../../../shared/domain/transactional';

const shopify = (name: string) => ({ name, integrationCategory: 'ecommerce' });
const api = (name: string) => ({ name, integrationCategory: 'api' });
const metricFlow = (flowName: string, metric: TransactionalSubject['metric']): TransactionalSubject => ({ triggerType: 'Metric', flowName, metric });

describe('transactional verdict of a flow’s emails: structure first, then purpose', () => {
  it.each<[TransactionalSubject, TransactionalVerdict, TransactionalReason, TransactionalRule]>([
    // Purpose: what customers expect after they order or act on their account.
    [metricFlow('Order Confirmation', shopify('Placed Order')), 'can-request', 'order', 'no-marketing-content'],
    [metricFlow('Item receipt', shopify('Ordered Product')), 'can-request', 'order', 'no-marketing-content'],
    [metricFlow('Shipping Confirmation', shopify('Fulfilled Order')), 'can-request', 'shipping', 'no-marketing-content'],
    [metricFlow('Refund Issued', shopify('Refunded Order')), 'can-request', 'refund', 'no-marketing-content'],
    [metricFlow('Order Cancelled', shopify('Cancelled Order')), 'can-request', 'refund', 'no-marketing-content'],
    [metricFlow('Donation Thank You', { name: 'Contribution made', integrationCategory: 'donations' }), 'can-request', 'donation-receipt', 'no-marketing-content'],
    [metricFlow('Password Reset', api('Password Reset')), 'can-request', 'password-reset', 'no-marketing-content'],
    [metricFlow('New sign-in alert', api('Account Security Alert')), 'can-request', 'account-security', 'no-marketing-content'],
    // Purpose: messages that exist to sell, however they are triggered.
    [metricFlow('Abandoned Cart Reminder', shopify('Started Checkout')), 'keep-marketing', 'cart-abandonment', 'no-marketing-content'],
    [metricFlow('Cart reminder', shopify('Added to Cart')), 'keep-marketing', 'cart-abandonment', 'no-marketing-content'],
    [metricFlow('Browse Abandonment', shopify('Viewed Product')), 'keep-marketing', 'browse-abandonment', 'no-marketing-content'],
    [metricFlow('Come back soon', shopify('Active on Site')), 'keep-marketing', 'browse-abandonment', 'no-marketing-content'],
    [metricFlow('Back in Stock', api('Subscribed to Back in Stock')), 'keep-marketing', 'back-in-stock', 'no-marketing-content'],
    [metricFlow('Win-Back', shopify('Placed Order')), 'keep-marketing', 'win-back', 'no-marketing-content'],
    [metricFlow('Product Review Request', shopify('Fulfilled Order')), 'keep-marketing', 'review-request', 'no-marketing-content'],
    [metricFlow('Price change follow-up', api('Price Drop')), 'keep-marketing', 'price-drop-message', 'no-marketing-content'],
    // Purpose unknown: a custom metric the data cannot explain.
    [metricFlow('Newsletter Welcome', api('Newsletter Signup')), 'needs-answer', 'purpose-unknown', 'no-marketing-content'],
    [metricFlow('Loyalty update', null), 'needs-answer', 'purpose-unknown', 'no-marketing-content'],
    // Structure: the trigger rules it out, or sends it to support.
    [{ triggerType: 'Price Drop', flowName: 'Price Drop Alert', metric: null }, 'not-eligible', 'price-drop', 'no-price-drop'],
    [{ triggerType: 'Date Based', flowName: 'Customer Win-Back', metric: null }, 'not-eligible', 'not-metric-triggered', 'metric-trigger'],
    [{ triggerType: 'Low Inventory', flowName: 'Low stock', metric: null }, 'not-eligible', 'not-metric-triggered', 'metric-trigger'],
    [{ triggerType: null, flowName: 'Draft', metric: null }, 'not-eligible', 'not-metric-triggered', 'metric-trigger'],
    [{ triggerType: 'Added to List', flowName: 'Welcome Series', metric: null }, 'support-only', 'list-or-segment', 'list-or-segment-support'],
    [{ triggerType: 'Added to Segment', flowName: 'VIP receipts', metric: null }, 'support-only', 'list-or-segment', 'list-or-segment-support'],
    [{ triggerType: 'Added to Segment', flowName: 'Lapsed customers win-back', metric: null }, 'keep-marketing', 'win-back', 'no-marketing-content'],
  ])('%o → %s (%s)', (subject, verdict, reason, rule) => {
    expect(transactionalEligibility(subject)).toMatchObject({ verdict, reason, rule });
  });

  it('asks instead of guessing, and takes the operator’s answer for that purpose', () => {
    const newsletter = metricFlow('Newsletter Welcome', api('Newsletter Signup'));
    expect(transactionalEligibility(newsletter)).toMatchObject({ purpose: 'unknown', conditions: [] });
    expect(transactionalEligibility({ ...newsletter, answer: 'marketing' })).toMatchObject({ verdict: 'keep-marketing', reason: 'answered-marketing' });
    expect(transactionalEligibility({ ...newsletter, answer: 'transactional' })).toMatchObject({ verdict: 'can-request', reason: 'answered-transactional' });
  });

  it('lets the data win over an answer: an abandonment reminder stays marketing', () => {
    const cart = metricFlow('Abandoned Cart Reminder', shopify('Started Checkout'));
    expect(transactionalEligibility({ ...cart, answer: 'transactional' })).toMatchObject({ verdict: 'keep-marketing', reason: 'cart-abandonment' });
  });

  it('reads the trigger type however the API spells it', () => {
    expect(transactionalEligibility({ triggerType: ' metric ', flowName: 'x', metric: shopify('Placed Order') }).verdict).toBe('can-request');
    expect(transactionalEligibility({ triggerType: 'price_drop', flowName: 'x', metric: null }).reason).toBe('price-drop');
    expect(transactionalEligibility({ triggerType: 'ADDED-TO-LIST', flowName: 'x', metric: null }).reason).toBe('list-or-segment');
  });

  it('a price drop flow is ruled out by its trigger even with an order metric attached', () => {
    expect(transactionalEligibility({ triggerType: 'Price Drop', flowName: 'Order', metric: shopify('Placed Order') }).verdict).toBe('not-eligible');
  });

  it('lists the request rules for an email that can be requested, with the plan as a condition we cannot check', () => {
    expect(transactionalEligibility(metricFlow('Order Confirmation', shopify('Placed Order'))).conditions).toEqual([
      'paid-account',
      'no-marketing-content',
      'per-email',
      'manual-mode',
      'no-ab-test',
      'approval-one-business-day',
      'edits-remove-status',
    ]);
  });

  it('asks to disable the store’s own email first only for a custom metric', () => {
    expect(transactionalEligibility(metricFlow('Password Reset', api('Password Reset'))).conditions).toContain('disable-store-email');
    expect(transactionalEligibility(metricFlow('Order Confirmation', shopify('Placed Order'))).conditions).not.toContain('disable-store-email');
  });

  it('sends list and segment flows to support, and gives no request rules to an email that cannot or should not ask', () => {
    expect(transactionalEligibility({ triggerType: 'Added to List', flowName: 'x', metric: null }).conditions).toEqual(['paid-account', 'support-stricter-rules']);
    expect(transactionalEligibility({ triggerType: 'Price Drop', flowName: 'x', metric: null }).conditions).toEqual([]);
    expect(transactionalEligibility(metricFlow('Abandoned Cart Reminder', shopify('Started Checkout'))).conditions).toEqual([]);
  });
});
