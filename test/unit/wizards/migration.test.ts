import { describe, expect, it } from 'vitest';
import { answerMigration } from '../../../main/wizards/migration-checks';
import { buildMigration, migrationPlatforms } from '../../../main/wizards/migration-wizard';
import { demoLike, session, storeData, type StoreSpec } from './wizard-fixtures';

const halfway: StoreSpec = {
  metrics: { 'Magento 2/Placed Order': 4, 'Magento 2/Viewed Product': 0, 'WooCommerce/Placed Order': 0, 'WooCommerce/Active on Site': 20 },
  flows: [{ name: 'Thanks', trigger: 'Magento 2/Placed Order' }],
};

describe('migration checks', () => {
  it.each<[string, StoreSpec, string, string, Record<string, unknown>]>([
    [
      'demo after its move',
      demoLike,
      'BigCommerce',
      'Shopify',
      {
        newSilent: [],
        onsiteMissing: [],
        onsiteBroken: ['Viewed Product', 'Added to Cart'],
        onsiteDown: [],
        legacyFlows: [
          { name: 'Order Confirmation (BigCommerce)', status: 'live' },
          { name: 'Repeat Customer Thank-You (BigCommerce)', status: 'manual' },
        ],
        legacySending: [],
      },
    ],
    [
      'half-way: new store not sending orders, no Viewed Product, old one still sending',
      halfway,
      'Magento 2',
      'WooCommerce',
      { newSyncing: ['Active on Site'], newSilent: ['Placed Order'], onsitePresent: ['Active on Site'], onsiteMissing: ['Viewed Product'], legacySending: ['Placed Order'], legacyFlows: [{ name: 'Thanks', status: 'live' }] },
    ],
  ])('%s', (_label, spec, legacy, next, expected) => {
    expect(answerMigration(storeData(spec), legacy, next)).toMatchObject(expected);
  });
});

describe('migration wizard', () => {
  it.each([
    [{}, { legacy: 'BigCommerce', next: 'Shopify' }],
    [{ legacyIntegration: 'API' }, { legacy: 'API', next: 'Shopify' }],
    [{ legacyIntegration: 'Shopify' }, null],
  ])('platforms from %j', (input, expected) => {
    expect(migrationPlatforms(session('migration', input), storeData(demoLike))).toEqual(expected);
  });

  it('asks for the platforms when no switch was detected', () => {
    const build = buildMigration(session('migration'), storeData(halfway));
    expect(build.steps).toHaveLength(1);
    expect(build.steps[0]!.blocked).toBe(true);
    expect(build.options.newIntegration?.map((o) => o.value)).toEqual(['Magento 2', 'WooCommerce']);
  });

  it('starts from the detected switch: the nine steps, the two legacy flows and the welcome filter', () => {
    const build = buildMigration(session('migration'), storeData(demoLike));
    expect(build.context).toMatchObject({ legacy: 'BigCommerce', next: 'Shopify' });
    expect(build.steps.map((s) => s.id)).toEqual(['platforms', 'history', 'integrate', 'syncing', 'onsite', 'forms', 'flows', 'welcome', 'segments', 'disable']);
    const byStep = Object.fromEntries(build.steps.map((s) => [s.id, s.items]));
    expect(byStep.syncing![0]).toMatchObject({ id: 'newSyncing', state: 'yes' });
    // Home finds onsite tracking broken on Shopify: the onsite step says the same, naming the same metrics.
    expect(byStep.onsite).toEqual([expect.objectContaining({ id: 'onsiteBroken', state: 'no', params: { next: 'Shopify', metrics: 'Viewed Product, Added to Cart' } })]);
    expect(byStep.flows![0]).toMatchObject({ id: 'legacyFlows', state: 'no', params: { count: '2' } });
    expect(byStep.flows!.filter((i) => i.id === 'legacyFlow').map((i) => i.params)).toEqual([
      { name: 'Order Confirmation (BigCommerce)', status: 'live' },
      { name: 'Repeat Customer Thank-You (BigCommerce)', status: 'manual' },
    ]);
    expect(byStep.welcome!.map((i) => i.id)).toEqual(['welcomeFilter', 'filterAdded']);
    expect(byStep.disable![0]).toMatchObject({ id: 'legacySilent', state: 'yes' });
  });

  it.each<[string, StoreSpec, string, string]>([
    ['onsite metrics present, nothing down', { ...demoLike, down: [], diagnoses: [] }, 'onsitePresent', 'yes'],
    // Orders fell too: Home does not blame onsite tracking, and neither does the checklist.
    ['onsite metrics down with orders, no finding', { ...demoLike, down: ['Shopify/Viewed Product', 'Shopify/Placed Order'], diagnoses: [] }, 'onsitePresent', 'unknown'],
  ])('onsite step: %s', (_label, spec, id, state) => {
    const build = buildMigration(session('migration', { legacyIntegration: 'BigCommerce', newIntegration: 'Shopify' }), storeData(spec));
    expect(build.steps.find((s) => s.id === 'onsite')!.items).toEqual([expect.objectContaining({ id, state })]);
  });

  it('flags the half-way store step by step', () => {
    const build = buildMigration(session('migration', { legacyIntegration: 'Magento 2', newIntegration: 'WooCommerce' }), storeData(halfway));
    const states = Object.fromEntries(build.steps.map((s) => [s.id, s.items[0]!.state]));
    expect(states).toMatchObject({ syncing: 'unknown', onsite: 'no', flows: 'no', disable: 'no' });
  });
});
