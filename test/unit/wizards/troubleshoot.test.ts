import { describe, expect, it } from 'vitest';
import { answerTroubleshoot } from '../../../main/wizards/troubleshoot-checks';
import { rankCauses } from '../../../main/wizards/troubleshoot-causes';
import { buildTroubleshoot, troubleshootTarget } from '../../../main/wizards/troubleshoot-wizard';
import { demoLike, integrationOutage, onsiteTracking, orderStatus, platformSwitch, session, storeData, type StoreSpec } from './wizard-fixtures';
import type { Diagnosis } from '../../../shared/domain/diagnosis';

/** A WooCommerce store with these metrics down and what Home made of them. */
const woo = (down: string[], startedCheckout: number | null = 30, diagnoses: Diagnosis[] = []): StoreSpec => ({
  metrics: { 'WooCommerce/Placed Order': 0, 'WooCommerce/Started Checkout': startedCheckout, 'WooCommerce/Viewed Product': 500 },
  down,
  diagnoses,
});
const wooBothGone = woo(['WooCommerce/Placed Order', 'WooCommerce/Started Checkout'], 30, [orderStatus('WooCommerce', true)]);
const wooOrdersGone = woo(['WooCommerce/Placed Order'], 30, [orderStatus('WooCommerce', false)]);
const wooOnsite = woo(['WooCommerce/Viewed Product'], 30, [onsiteTracking('WooCommerce', ['WooCommerce/Viewed Product'])]);
const customDown: StoreSpec = {
  metrics: { 'ShopCo/Placed Order': 0, 'ShopCo/Viewed Product': 0 },
  down: ['ShopCo/Placed Order', 'ShopCo/Viewed Product'],
  diagnoses: [integrationOutage('ShopCo', ['ShopCo/Placed Order', 'ShopCo/Viewed Product'], true)],
};

describe('troubleshooting answers', () => {
  it.each<[string, StoreSpec, string, string | null, Record<string, unknown>]>([
    [
      'demo onsite alert',
      demoLike,
      'Shopify',
      'Shopify/Added to Cart',
      { otherMetricsDown: ['Viewed Product'], custom: false, onsiteOnly: true, themeSnippetsPlatform: true, placedOrderDown: false, startedCheckoutTracked: true },
    ],
    [
      'legacy platform after a switch',
      demoLike,
      'BigCommerce',
      'BigCommerce/Placed Order',
      { otherMetricsDown: ['Started Checkout'], onsiteOnly: false, placedOrderDown: true, startedCheckoutTracked: false, platformSwitch: { legacy: 'BigCommerce', next: 'Shopify' } },
    ],
    ['WooCommerce orders and checkouts gone', wooBothGone, 'WooCommerce', 'WooCommerce/Placed Order', { startedCheckoutTracked: false, pluginPlatform: true, orderStatus: { plugin: true } }],
    ['WooCommerce orders gone, checkouts fine', wooOrdersGone, 'WooCommerce', 'WooCommerce/Placed Order', { startedCheckoutTracked: true, onsiteOnly: false, orderStatus: { plugin: false } }],
    // Onsite metrics down with no finding (orders too quiet to vouch for): not a verdict either way.
    ['onsite down, no finding', woo(['WooCommerce/Viewed Product']), 'WooCommerce', 'WooCommerce/Viewed Product', { onsiteOnly: null, orderStatus: null }],
    ['custom integration, outage found', customDown, 'ShopCo', 'ShopCo/Placed Order', { integrationOutage: true, onsiteOnly: false }],
    ['Started Checkout with no recent hours', woo(['WooCommerce/Placed Order'], null), 'WooCommerce', 'WooCommerce/Placed Order', { startedCheckoutTracked: false }],
    ['custom integration', { metrics: { 'ShopCo Connector/Placed Order': 3 }, down: ['ShopCo Connector/Placed Order'] }, 'ShopCo Connector', 'ShopCo Connector/Placed Order', { custom: true, statusPage: null }],
    ['nothing down', { metrics: { 'Shopify/Placed Order': 3 } }, 'Shopify', null, { onsiteOnly: null, otherMetricsDown: [], statusPage: 'https://status.shopify.com' }],
    ['unknown integration', { metrics: {} }, 'Nowhere', null, { custom: null, placedOrderDown: null, startedCheckoutTracked: null }],
  ])('%s', (_label, spec, integration, metricId, expected) => {
    expect(answerTroubleshoot(storeData(spec), { integration, metricId })).toMatchObject(expected);
  });

  it('lists the flows still on the legacy platform, archived ones left out', () => {
    const answers = answerTroubleshoot(storeData(demoLike), { integration: 'Shopify', metricId: 'Shopify/Added to Cart' });
    expect(answers.legacyFlows).toEqual([
      { name: 'Order Confirmation (BigCommerce)', status: 'live' },
      { name: 'Repeat Customer Thank-You (BigCommerce)', status: 'manual' },
    ]);
  });
});

describe('ranked causes', () => {
  const top = (spec: StoreSpec, integration: string, metricId: string) =>
    rankCauses(answerTroubleshoot(storeData(spec), { integration, metricId }), integration).map((c) => c.id);

  it.each<[string, StoreSpec, string, string, string[]]>([
    ['demo onsite alert: theme snippets first', demoLike, 'Shopify', 'Shopify/Added to Cart', ['theme-snippets', 'platform-switch']],
    ['onsite on WooCommerce: tracking, not theme', wooOnsite, 'WooCommerce', 'WooCommerce/Viewed Product', ['onsite-tracking']],
    ['legacy platform: the switch first', demoLike, 'BigCommerce', 'BigCommerce/Placed Order', ['platform-switch', 'integration-setup']],
    ['WooCommerce both gone: the plugin', wooBothGone, 'WooCommerce', 'WooCommerce/Placed Order', ['plugin', 'integration-setup']],
    ['only orders gone: order statuses', wooOrdersGone, 'WooCommerce', 'WooCommerce/Placed Order', ['order-statuses']],
    [
      'custom integration, everything down',
      customDown,
      'ShopCo',
      'ShopCo/Placed Order',
      ['integration-setup', 'custom-integration', 'platform-outage', 'api-keys', 'firewall'],
    ],
  ])('%s', (_label, spec, integration, metricId, first) => {
    expect(top(spec, integration, metricId).slice(0, first.length)).toEqual(first);
  });

  it.each([
    // A quiet Shopify (nothing down) where the test order never arrived.
    ['no-profile', 'integration-setup'],
    ['no-event', 'order-statuses'],
    [undefined, 'integration-setup'],
  ] as const)('a test order ending %s puts %s first', (outcome, first) => {
    const spec: StoreSpec = { metrics: { 'Shopify/Placed Order': 5, 'Shopify/Started Checkout': 9 } };
    const answers = answerTroubleshoot(storeData(spec), { integration: 'Shopify', metricId: null });
    const ranked = rankCauses(answers, 'Shopify', outcome);
    expect(ranked[0]!.id).toBe(first);
    expect(ranked.filter((c) => c.id === 'order-statuses').length).toBeLessThanOrEqual(1);
  });

  it('always keeps firewall and keys on the list', () => {
    const ids = top(demoLike, 'Shopify', 'Shopify/Added to Cart');
    expect(ids).toContain('firewall');
    expect(ids).toContain('api-keys');
  });
});

describe('troubleshooting wizard', () => {
  const data = storeData(demoLike);

  it.each([
    [{ alertId: 'alert-Shopify/Added to Cart' }, { integration: 'Shopify', metricId: 'Shopify/Added to Cart' }],
    [{ diagnosisKind: 'platform-switch' as const }, { integration: 'BigCommerce', metricId: null }],
    [{ integration: 'Shopify' }, { integration: 'Shopify', metricId: null }],
    [{ alertId: 'gone' }, null],
    [{}, null],
  ])('targets %j', (input, expected) => {
    expect(troubleshootTarget(session('troubleshoot', input), data)).toEqual(expected);
  });

  it('blocks on choosing an integration when nothing points at one', () => {
    const build = buildTroubleshoot(session('troubleshoot'), data);
    expect(build.steps.map((s) => [s.id, s.blocked])).toEqual([['target', true]]);
    expect(build.options.integration?.map((o) => o.value)).toEqual(['API', 'BigCommerce', 'Shopify']);
  });

  it('walks questions, store, integration checklist, firewall and causes, with the status page and user agent', () => {
    const build = buildTroubleshoot(session('troubleshoot', { alertId: 'alert-Shopify/Added to Cart' }, { ticked: ['integration.keys'] }), data);
    expect(build.steps.map((s) => s.id)).toEqual(['target', 'questions', 'store', 'integration', 'firewall', 'causes']);
    const questions = build.steps[1]!.items.map((i) => [i.id, i.state]);
    expect(questions).toEqual([
      ['otherMetrics', 'yes'],
      ['custom', 'no'],
      ['onsiteOnlyTheme', 'yes'],
      ['startedCheckout', 'yes'],
      ['platformSwitch', 'yes'],
      ['legacyFlows', 'yes'],
    ]);
    expect(build.steps[2]!.items[0]!.links).toEqual(['https://status.shopify.com']);
    expect(build.steps[3]!.items.find((i) => i.id === 'keys')!.state).toBe('done');
    expect(build.steps[4]!.items[0]!.params.userAgent).toBe('Klaviyo/1.0');
    expect(build.causes[0]!.id).toBe('theme-snippets');
    expect(build.context).toMatchObject({ metric: 'Added to Cart', integration: 'Shopify' });
  });

  it('asks about the plugin on WooCommerce', () => {
    const build = buildTroubleshoot(session('troubleshoot', { integration: 'WooCommerce' }), storeData(woo(['WooCommerce/Placed Order'])));
    expect(build.steps[1]!.items.map((i) => i.id)).toContain('startedCheckoutPlugin');
    expect(build.steps[1]!.items.map((i) => i.id)).not.toContain('legacyFlows');
  });

  it('says what the failed test order saw', () => {
    const build = buildTroubleshoot(session('troubleshoot', { integration: 'Shopify', testOrderOutcome: 'no-event', email: 'a@b.co' }), data);
    expect(build.steps[0]!.items.map((i) => [i.id, i.params])).toEqual([
      ['targetIntegration', { integration: 'Shopify' }],
      ['testOrderNoEvent', { email: 'a@b.co' }],
    ]);
    expect(build.causes[0]!.id).toBe('order-statuses');
  });

  it('uses the platform switch of the diagnosis for a legacy platform', () => {
    const spec = { ...demoLike, diagnoses: [platformSwitch('BigCommerce', 'Shopify')] };
    const build = buildTroubleshoot(session('troubleshoot', { diagnosisKind: 'platform-switch' }), storeData(spec));
    expect(build.causes[0]!.id).toBe('platform-switch');
  });
});
