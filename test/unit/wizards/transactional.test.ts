import { describe, expect, it } from 'vitest';
import { buildTransactional } from '../../../main/wizards/transactional-wizard';
import { demoLike, session, storeData } from './wizard-fixtures';

const data = storeData(demoLike);
const flowId = (name: string) => data.flows.find((f) => f.name === name)!.id;
const build = (name: string, input = {}) => buildTransactional(session('transactional', { flowId: flowId(name), ...input }), data);

describe('transactional eligibility wizard', () => {
  it('asks for a flow first, offering the flows that are not archived', () => {
    const view = buildTransactional(session('transactional'), data);
    expect(view.steps[0]).toMatchObject({ id: 'flow', blocked: true });
    expect(view.options.flowId?.map((o) => o.label)).not.toContain('Abandoned Cart (BigCommerce)');
  });

  it.each([
    ['Price Drop Alert', 'notEligible', 'no', 'reason-price-drop', []],
    [
      'Password Reset',
      'eligible',
      'yes',
      'reason-custom-metric',
      ['condition-paid-account', 'condition-disable-store-email', 'condition-per-email', 'condition-manual-mode', 'condition-no-ab-test', 'condition-approval-one-business-day', 'condition-edits-remove-status'],
    ],
    ['Post-Purchase Thank You', 'eligible', 'yes', 'reason-integration-metric', ['condition-paid-account', 'condition-per-email', 'condition-manual-mode', 'condition-no-ab-test', 'condition-approval-one-business-day', 'condition-edits-remove-status']],
    ['Welcome Series', 'supportOnly', 'yes', 'reason-list-or-segment', ['condition-paid-account', 'condition-support-stricter-rules']],
    ['Customer Win-Back', 'notEligible', 'no', 'reason-not-metric-triggered', []],
  ])('%s: %s', (flow, verdict, state, reason, conditions) => {
    const rules = build(flow).steps.find((s) => s.id === 'rules')!;
    expect(rules.items[0]).toMatchObject({ id: verdict, state, source: 'auto' });
    expect(rules.items[1]!.id).toBe(reason);
    expect(rules.items.slice(2).map((i) => i.id)).toEqual(conditions);
  });

  it('explains the three suppression exceptions', () => {
    expect(build('Password Reset').steps.find((s) => s.id === 'suppression')!.items.map((i) => i.id)).toEqual(['suppressedStillReceive', 'softBounces', 'hardBounce', 'spam']);
  });

  it('offers the request steps only to an eligible email', () => {
    expect(build('Password Reset').steps.find((s) => s.id === 'request')!.items.map((i) => i.id)).toEqual(['openMessage', 'manualMode', 'sidebar', 'pending']);
    expect(build('Price Drop Alert').steps.find((s) => s.id === 'request')!.items.map((i) => i.id)).toEqual(['noRequest']);
  });

  it('assembles the appeal: subject, then each piece present or missing', () => {
    const appeal = build('Price Drop Alert', { messageId: 'M123', privacyUrl: 'https://shop.example/privacy' }).steps.find((s) => s.id === 'appeal')!;
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
