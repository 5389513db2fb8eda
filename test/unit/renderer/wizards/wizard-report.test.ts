import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WizardView } from '../../../../shared/domain/wizard';
import { catalogues } from '../../../../shared/i18n/catalogues';
import { appealTicket } from '../../../../renderer/features/wizards/appeal-ticket';
import { withTick } from '../../../../renderer/features/wizards/optimistic-tick';
import { wizardForFocus } from '../../../../renderer/features/wizards/wizard-focus';
import { wizardMarkdown, type Translate } from '../../../../renderer/features/wizards/wizard-markdown';
import { itemValues } from '../../../../renderer/features/wizards/item-values';
import { itemTextKey } from '../../../../renderer/features/wizards/wizard-text';
import { beginCheck } from '../../../../main/wizards/test-order-poll';
import { wizardBuilders } from '../../../../main/wizards/wizard-registry';
import { CSV_REASONS } from '../../../../main/wizards/reconcile-csv';
import { buildTroubleshoot } from '../../../../main/wizards/troubleshoot-wizard';
import { buildTransactional } from '../../../../main/wizards/transactional-wizard';
import { demoLike, session, storeData } from '../../wizards/wizard-fixtures';

let t: Translate;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: catalogues.en } }, interpolation: { escapeValue: false } });
  t = (key, params) => {
    expect(instance.exists(key, params ?? {}), key).toBe(true);
    return instance.t(key, params ?? {});
  };
});

const data = storeData(demoLike);
const newYork = { locale: 'en', timeZone: 'America/New_York', currency: 'USD' };
const viewOf = (s: ReturnType<typeof session>): WizardView => ({
  session: s,
  ...(s.kind === 'troubleshoot' ? buildTroubleshoot(s, data) : buildTransactional(s, data)),
});

describe('opening the wizards from another screen', () => {
  it.each([
    ['alert-123', 'troubleshoot', { alertId: 'alert-123' }],
    ['platform-switch', 'migration', { diagnosisKind: 'platform-switch' }],
    ['onsite-tracking', 'troubleshoot', { diagnosisKind: 'onsite-tracking' }],
    ['order-status', 'troubleshoot', { diagnosisKind: 'order-status' }],
    ['no-recent-orders', 'test-order', { diagnosisKind: 'no-recent-orders' }],
    ['transactional-flow:flow-7', 'transactional', { flowId: 'flow-7' }],
  ])('%s opens %s', (focus, kind, origin) => {
    expect(wizardForFocus(focus)).toEqual({ kind, origin });
  });
});

describe('item messages', () => {
  it.each([
    ['troubleshoot', { id: 'otherMetrics', source: 'auto', state: 'yes' }, 'wizardsScreen.troubleshoot.items.otherMetrics.yes'],
    ['troubleshoot', { id: 'keys', source: 'manual', state: 'todo' }, 'wizardsScreen.troubleshoot.items.keys'],
    ['transactional', { id: 'verdict-keep-marketing', source: 'auto', state: 'no' }, 'flowsScreen.transactional.verdict.keep-marketing'],
    ['transactional', { id: 'reason-price-drop', source: 'info', state: 'info' }, 'flowsScreen.transactional.reason.price-drop'],
    ['transactional', { id: 'rule-no-marketing-content', source: 'info', state: 'info' }, 'flowsScreen.transactional.rule.no-marketing-content'],
    ['transactional', { id: 'condition-manual-mode', source: 'manual', state: 'done' }, 'flowsScreen.transactional.condition.manual-mode'],
  ] as const)('%s %j -> %s', (kind, item, key) => {
    expect(itemTextKey(kind, item)).toBe(key);
  });

  it('has a message for every step and item the wizards show, in the states they reach', () => {
    const check = (state: 'waiting' | 'found' | 'timed-out' | 'cancelled', profileFound: boolean) => ({
      testOrder: { ...beginCheck('2026-11-23T12:00:00.000Z', new Date('2026-11-23T12:00:00Z')), state, profileFound, event: state === 'found' ? { time: 'x', value: 1 } : null },
    });
    const sessions = [
      session('troubleshoot'),
      session('troubleshoot', { alertId: 'alert-Shopify/Added to Cart' }),
      session('troubleshoot', { integration: 'BigCommerce' }),
      session('troubleshoot', { integration: 'API' }),
      session('troubleshoot', { integration: 'Shopify', testOrderOutcome: 'no-profile', email: 'a@b.co' }),
      session('troubleshoot', { integration: 'Shopify', testOrderOutcome: 'no-event', email: 'a@b.co' }),
      session('migration'),
      session('migration', { legacyIntegration: 'Shopify', newIntegration: 'BigCommerce' }),
      ...['flow-0', 'flow-1', 'flow-2', 'flow-3', 'flow-4', undefined].map((flowId) => session('transactional', flowId ? { flowId, messageId: 'M' } : {})),
      ...['Shopify', 'BigCommerce', 'WooCommerce', 'other', undefined].map((platform) => session('test-order', platform ? { platform } : {})),
      session('test-order', { platform: 'Shopify', email: 'a@b.co' }),
      ...(['waiting', 'found', 'timed-out', 'cancelled'] as const).flatMap((state) => [true, false].map((p) => session('test-order', { platform: 'Shopify', email: 'a@b.co' }, check(state, p)))),
      session('reconcile'),
      session('reconcile', { metricId: 'Shopify/Placed Order', csv: 'x', timezone: 'Nope/Nope' }),
      session('reconcile', { metricId: 'Shopify/Placed Order', day: '2026-11-20', sourceCount: 3 }),
      ...[
        'x'.repeat(1_000_001),
        Array.from({ length: 10_001 }, (_, i) => `${new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)},1`).join('\n'),
        'Day,Orders\ntoday,1',
        'Day,Note\n2026-11-20,ok',
        'Day;Orders\n2026-11-20;1\n2026-11-21',
        '2026-11-20,1\nnope,2',
        'Day,Orders\n2026-11-20,x1\n2026-11-21,1',
        '2026-11-20,-1',
        '2026-11-20;1,5',
        '2026-11-20,1\n2026-11-20,2',
        'Date,A,B\n2026-11-20,1,2',
        'Date,Orders\n11/12/2026,4',
      ].map((csv) => session('reconcile', { metricId: 'Shopify/Placed Order', csv })),
    ];
    const reconcileItems = new Set(sessions.filter((s) => s.kind === 'reconcile').flatMap((s) => wizardBuilders.reconcile(s, data).steps.flatMap((step) => step.items.map((i) => i.id))));
    expect([...CSV_REASONS.map((r) => `csv${r.charAt(0).toUpperCase()}${r.slice(1)}`), 'csvAskCount', 'csvAskDateOrder'].filter((id) => !reconcileItems.has(id))).toEqual([]);
    for (const s of sessions) {
      const view = { session: s, ...wizardBuilders[s.kind](s, data) };
      t(`wizardsScreen.kinds.${s.kind}.title`);
      for (const step of view.steps) {
        t(`wizardsScreen.${s.kind}.steps.${step.id}`);
        for (const item of step.items) t(itemTextKey(s.kind, item), itemValues(item.params, newYork));
      }
      for (const cause of view.causes) t(`wizardsScreen.troubleshoot.causes.${cause.id}.title`);
    }
  });
});

describe('markdown summary', () => {
  it('lists every step, answers in words, ticks as boxes, links, and the causes in rank order', () => {
    const view = viewOf(session('troubleshoot', { alertId: 'alert-Shopify/Added to Cart' }, { ticked: ['integration.keys'] }));
    const markdown = wizardMarkdown(view, t, '23 November 2026', newYork);
    expect(markdown.startsWith('# Troubleshoot a drop\n')).toBe(true);
    expect(markdown).toContain('- Account: Shop');
    expect(markdown).toContain('## What the data says');
    // The answer says Yes itself: no "**Yes**:" label before the question as well.
    expect(markdown).toContain('- Are other metrics of this integration affected? Yes: Viewed Product dropped too.');
    expect(markdown).not.toMatch(/\*\*(Yes|No|Not known)\*\*:/);
    expect(markdown).toContain('- [x] Public key, private key');
    expect(markdown).toContain('- [ ] The integration is listed as enabled');
    expect(markdown).toContain('(https://status.shopify.com)');
    expect(markdown).toContain('Klaviyo/1.0');
    const causes = markdown.split('## Likely causes, most likely first')[1]!;
    expect(causes.trim().split('\n')[0]).toBe('1. **Tracking snippets missing from the store theme**: Next action: install the Viewed Product and Added to Cart snippets again in the current theme.');
  });
});

describe('markdown summary of a checklist', () => {
  it('words check results as OK or needing attention, not as answers', () => {
    const s = session('migration');
    const markdown = wizardMarkdown({ session: s, ...wizardBuilders.migration(s, data) }, t, 'today', newYork);
    expect(markdown).toContain('- **Needs attention**: 2 flows are still triggered by a BigCommerce metric:');
    expect(markdown).toContain('- **OK**: BigCommerce sent no event in the last day.');
    expect(markdown).toContain('- Order Confirmation (BigCommerce) (live)');
  });
});

describe('appeal ticket', () => {
  it('holds the subject, the flow, and every piece, the missing ones marked', () => {
    const view = viewOf(session('transactional', { flowId: 'flow-1', messageId: 'M-42', examples: 'Price of Tent fell\nto $99', privacyUrl: 'https://shop.example/privacy' }));
    expect(appealTicket(view, t)).toBe(
      [
        'Subject: Transactional appeal',
        '',
        'Flow: Price Drop Alert',
        'Flow message ID: M-42',
        'One or two examples of the email: Price of Tent fell\nto $99',
        'Screenshot of the call to action (file name or link): (missing)',
        'Estimated sends per person per month: (missing)',
        'Privacy policy link: https://shop.example/privacy',
        'Terms of service link: (missing)',
        '',
      ].join('\n'),
    );
  });
});

describe('a tick shown before main saves it', () => {
  it.each([
    ['integration.keys', true, 'done'],
    ['integration.keys', false, 'todo'],
  ] as const)('%s %s -> %s', (key, done, state) => {
    const view = viewOf(session('troubleshoot', { alertId: 'alert-Shopify/Added to Cart' }, { ticked: done ? [] : ['integration.keys'] }));
    const ticked = withTick(view, key, done);
    expect(ticked.steps.find((s) => s.id === 'integration')!.items.find((i) => i.id === 'keys')!.state).toBe(state);
    expect(ticked.session.ticked.includes(key)).toBe(done);
    // Other items and the original view are left alone.
    expect(ticked.steps.find((s) => s.id === 'integration')!.items.find((i) => i.id === 'enabled')!.state).toBe('todo');
    expect(view.steps.find((s) => s.id === 'integration')!.items.find((i) => i.id === 'keys')!.state).toBe(done ? 'todo' : 'done');
  });
});
