import { describe, expect, it } from 'vitest';
import { beginCheck, cancelCheck, observe, TEST_ORDER_TIMEOUT_MS } from '../../../main/wizards/test-order-poll';
import { buildTestOrder, isEmail } from '../../../main/wizards/test-order-wizard';
import { demoLike, session, storeData } from './wizard-fixtures';

const t0 = new Date('2026-11-23T12:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const none = { profileFound: false, events: [] };

describe('test-order check', () => {
  it.each([
    ['nothing yet', none, 1000, 'waiting'],
    ['profile but no event', { profileFound: true, events: [] }, 1000, 'waiting'],
    ['the event', { profileFound: true, events: [{ time: '2026-11-23T12:01:00.000Z', value: 54 }] }, 1000, 'found'],
    ['nothing after the lag', none, TEST_ORDER_TIMEOUT_MS, 'timed-out'],
    ['the event arriving right at the limit', { profileFound: true, events: [{ time: '2026-11-23T12:01:00.000Z', value: null }] }, TEST_ORDER_TIMEOUT_MS, 'found'],
  ])('%s -> %s', (_label, observation, after, expected) => {
    expect(observe(beginCheck(t0.toISOString(), t0), observation, later(after)).state).toBe(expected);
  });

  it('counts checks, keeps the earliest event, remembers the profile', () => {
    let state = observe(beginCheck(t0.toISOString(), t0), { profileFound: true, events: [] }, later(1000));
    state = observe(state, { profileFound: false, events: [{ time: '2026-11-23T12:09:00Z', value: 2 }, { time: '2026-11-23T12:05:00Z', value: 1 }] }, later(2000));
    expect(state).toMatchObject({ state: 'found', checks: 2, profileFound: true, event: { time: '2026-11-23T12:05:00Z', value: 1 } });
  });

  it('ends: cancelled or settled states stay put', () => {
    const cancelled = cancelCheck(beginCheck(t0.toISOString(), t0));
    expect(cancelled.state).toBe('cancelled');
    expect(observe(cancelled, { profileFound: true, events: [{ time: 'x', value: 1 }] }, later(1)).state).toBe('cancelled');
    const found = observe(beginCheck(t0.toISOString(), t0), { profileFound: true, events: [{ time: 'x', value: 1 }] }, later(1));
    expect(cancelCheck(found)).toBe(found);
  });
});

describe('test-order wizard', () => {
  const data = storeData(demoLike);

  it.each([
    ['BigCommerce', 'ruleIgnored', 'Incomplete, Pending, Awaiting Payment'],
    ['Magento 2', 'ruleIgnored', 'pending_payment'],
    ['WooCommerce', 'ruleRequired', 'processing'],
    ['PrestaShop', 'ruleRequired', 'processing'],
    ['Shift4Shop', 'ruleRequired', '2, 4'],
    ['Shopify', 'ruleShopify', undefined],
    ['other', 'ruleNone', undefined],
  ])('%s: %s %s', (platform, rule, statuses) => {
    const item = buildTestOrder(session('test-order', { platform }), data).steps[1]!.items[0]!;
    expect(item.id).toBe(rule);
    expect(item.params.statuses).toBe(statuses);
  });

  it.each([
    ['a@b.co', true],
    ['jane.doe+test@shop.example', true],
    ['not an email', false],
    ['a@b', false],
    [undefined, false],
  ])('email %s valid: %s', (email, valid) => {
    expect(isEmail(email)).toBe(valid);
  });

  it('blocks on the platform, then on the email', () => {
    expect(buildTestOrder(session('test-order'), data).steps.map((s) => s.blocked)).toEqual([true]);
    const noEmail = buildTestOrder(session('test-order', { platform: 'Shopify' }), data);
    expect(noEmail.steps.map((s) => [s.id, s.blocked])).toEqual([['platform', false], ['rule', false], ['steps', false], ['email', true], ['check', false]]);
    expect(noEmail.steps[2]!.items.map((i) => i.id)).toEqual(['visitSite', 'productPage', 'addToCart', 'checkout', 'pay', 'paymentProvider', 'refund']);
    expect(buildTestOrder(session('test-order', { platform: 'Shopify', email: 'a@b.co' }), data).steps[3]!.blocked).toBe(false);
  });

  it.each([
    [undefined, 'notStarted', 'info'],
    ['waiting', 'waiting', 'unknown'],
    ['found', 'found', 'yes'],
    ['timed-out', 'timedOutNoProfile', 'no'],
    ['cancelled', 'cancelled', 'unknown'],
  ] as const)('check %s shows %s', (state, id, itemState) => {
    const testOrder = state && { ...beginCheck(t0.toISOString(), t0), state, event: state === 'found' ? { time: '2026-11-23T12:01:00.000Z', value: 54 } : null };
    const build = buildTestOrder(session('test-order', { platform: 'Shopify', email: 'a@b.co' }, testOrder ? { testOrder } : {}), data);
    expect(build.steps[4]!.items[1]).toMatchObject({ id, state: itemState });
    expect(build.context.demo).toBe('true');
  });
});
