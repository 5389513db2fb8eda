import { describe, expect, it } from 'vitest';
import { transactionalEligibility } from '../../../shared/domain/transactional';
import { buildTransactional } from '../../../main/wizards/transactional-wizard';
import { demoLike, session, storeData } from './wizard-fixtures';

// The demo store, with its abandonment reminder and a flow on a custom metric whose name says nothing.
const data = storeData({
  ...demoLike,
  metrics: { ...demoLike.metrics, 'api:API/Newsletter Signup': 5 },
  flows: [
    ...(demoLike.flows ?? []),
    { name: 'Abandoned Cart Reminder', trigger: 'Shopify/Started Checkout' },
    { name: 'Newsletter Welcome', trigger: 'api:API/Newsletter Signup' },
  ],
});
const flowId = (name: string) => data.flows.find((f) => f.name === name)!.id;
const build = (name: string, input = {}) => buildTransactional(session('transactional', { flowId: flowId(name), ...input }), data);
const stepOf = (view: ReturnType<typeof build>, id: string) => view.steps.find((s) => s.id === id)!;

describe('transactional eligibility wizard', () => {
  it('asks for a flow first, offering the flows that are not archived', () => {
    const view = buildTransactional(session('transactional'), data);
    expect(view.steps[0]).toMatchObject({ id: 'flow', blocked: true });
    expect(view.options.flowId?.map((o) => o.label)).not.toContain('Abandoned Cart (BigCommerce)');
  });

  it.each([
    ['Price Drop Alert', 'verdict-not-eligible', 'no', 'reason-price-drop', 'rule-no-price-drop', []],
    [
      'Password Reset',
      'verdict-can-request',
      'yes',
      'reason-password-reset',
      'rule-no-marketing-content',
      ['condition-paid-account', 'condition-no-marketing-content', 'condition-disable-store-email', 'condition-per-email', 'condition-manual-mode', 'condition-no-ab-test', 'condition-approval-one-business-day', 'condition-edits-remove-status'],
    ],
    [
      'Post-Purchase Thank You',
      'verdict-can-request',
      'yes',
      'reason-order',
      'rule-no-marketing-content',
      ['condition-paid-account', 'condition-no-marketing-content', 'condition-per-email', 'condition-manual-mode', 'condition-no-ab-test', 'condition-approval-one-business-day', 'condition-edits-remove-status'],
    ],
    ['Abandoned Cart Reminder', 'verdict-keep-marketing', 'no', 'reason-cart-abandonment', 'rule-no-marketing-content', []],
    ['Welcome Series', 'verdict-support-only', 'yes', 'reason-list-or-segment', 'rule-list-or-segment-support', ['condition-paid-account', 'condition-support-stricter-rules']],
    ['Customer Win-Back', 'verdict-not-eligible', 'no', 'reason-not-metric-triggered', 'rule-metric-trigger', []],
  ])('%s: %s', (flow, verdict, state, reason, rule, conditions) => {
    const rules = stepOf(build(flow), 'rules');
    expect(rules.items[0]).toMatchObject({ id: verdict, state, source: 'auto' });
    expect(rules.items[1]!.id).toBe(reason);
    expect(rules.items[2]!.id).toBe(rule);
    expect(rules.items.slice(3).map((i) => i.id)).toEqual(conditions);
  });

  it('shows the verdict the Flows screen computes for the same flow', () => {
    for (const name of ['Abandoned Cart Reminder', 'Post-Purchase Thank You', 'Password Reset', 'Welcome Series', 'Newsletter Welcome']) {
      const flow = data.flows.find((f) => f.name === name)!;
      const metric = data.metrics.find((m) => flow.triggerMetricIds.includes(m.id)) ?? null;
      const panel = transactionalEligibility({ triggerType: flow.triggerType, flowName: flow.name, metric });
      const rules = stepOf(build(name), 'rules');
      expect(rules.items.slice(0, 3).map((i) => i.id)).toEqual([`verdict-${panel.verdict}`, `reason-${panel.reason}`, `rule-${panel.rule}`]);
    }
  });

  it('asks what a custom metric’s emails are for and waits for the answer before going on', () => {
    const asked = build('Newsletter Welcome');
    expect(stepOf(asked, 'flow')).toMatchObject({ blocked: true });
    expect(stepOf(asked, 'flow').items.map((i) => i.id)).toEqual(['flow', 'purposeQuestion']);
    expect(asked.context.asksPurpose).toBe('yes');
    expect(stepOf(asked, 'rules').items[0]).toMatchObject({ id: 'verdict-needs-answer', state: 'unknown' });

    const marketing = build('Newsletter Welcome', { purposeAnswer: { flowId: flowId('Newsletter Welcome'), purpose: 'marketing' } });
    expect(stepOf(marketing, 'flow').blocked).toBe(false);
    expect(stepOf(marketing, 'rules').items.slice(0, 2).map((i) => i.id)).toEqual(['verdict-keep-marketing', 'reason-answered-marketing']);
    expect(stepOf(marketing, 'request').items.map((i) => i.id)).toEqual(['noRequest']);

    const transactional = build('Newsletter Welcome', { purposeAnswer: { flowId: flowId('Newsletter Welcome'), purpose: 'transactional' } });
    expect(stepOf(transactional, 'rules').items.slice(0, 2).map((i) => i.id)).toEqual(['verdict-can-request', 'reason-answered-transactional']);
  });

  it('does not carry an answer over to another flow, and does not ask when the data tells', () => {
    const stale = build('Newsletter Welcome', { purposeAnswer: { flowId: flowId('Password Reset'), purpose: 'transactional' } });
    expect(stepOf(stale, 'flow').blocked).toBe(true);
    expect(stepOf(build('Abandoned Cart Reminder'), 'flow').items.map((i) => i.id)).toEqual(['flow']);
  });

  it('explains the three suppression exceptions', () => {
    expect(stepOf(build('Password Reset'), 'suppression').items.map((i) => i.id)).toEqual(['suppressedStillReceive', 'softBounces', 'hardBounce', 'spam']);
  });

  it('offers the request steps only to an email that can be requested', () => {
    expect(stepOf(build('Password Reset'), 'request').items.map((i) => i.id)).toEqual(['openMessage', 'manualMode', 'sidebar', 'pending']);
    expect(stepOf(build('Price Drop Alert'), 'request').items.map((i) => i.id)).toEqual(['noRequest']);
    expect(stepOf(build('Abandoned Cart Reminder'), 'request').items.map((i) => i.id)).toEqual(['noRequest']);
  });

  it('assembles the appeal: subject, then each piece present or missing', () => {
    const appeal = stepOf(build('Price Drop Alert', { messageId: 'M123', privacyUrl: 'https://shop.example/privacy' }), 'appeal');
    expect(appeal.items[0]).toMatchObject({ id: 'appealSubject', params: { subject: 'Transactional appeal' } });
    expect(appeal.items.slice(1).map((i) => [i.id, i.state])).toEqual([
      ['appeal-messageId', 'yes'],
      ['appeal-examples', 'no'],
      ['appeal-screenshot', 'no'],
      ['appeal-sendsPerMonth', 'no'],
      ['appeal-privacyUrl', 'yes'],
      ['appeal-termsUrl', 'no'],
    ]);
  });
});
