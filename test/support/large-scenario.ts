import type { ScenarioInput } from '../../main/simulator';

/**
 * A store bigger than the demo one, written in the scenario format: 450 metrics and 120 flows, so
 * that metrics (200 a page) and flows (50 a page) both take three pages. Every third flow is
 * triggered by a metric (flow i by metric i), every tenth is archived.
 */
export const largeStoreKey = 'pk_large_store_0123456789';
export const largeStoreSize = { metrics: 450, flows: 120 } as const;

const pad = (index: number) => String(index).padStart(3, '0');
const integrations = [
  { name: 'Shopify', category: 'ecommerce' },
  { name: 'API', category: 'api' },
  { name: 'Klaviyo', category: 'internal' },
];
const untriggered = ['Added to List', 'Date Based'] as const;
const statuses = ['live', 'manual', 'draft'];

export function largeScenario(): ScenarioInput {
  return {
    seed: 450120,
    historyDays: 30,
    accounts: [
      {
        name: 'Large Test Store',
        privateKey: largeStoreKey,
        publicKey: 'LrgSt1',
        timezone: 'Europe/Paris',
        currency: 'EUR',
        metrics: Array.from({ length: largeStoreSize.metrics }, (_, i) => ({
          key: `m${pad(i)}`,
          name: `Metric ${pad(i)}`,
          integration: integrations[i % integrations.length]!,
          baseHourlyRate: 1 + (i % 5),
        })),
        flows: Array.from({ length: largeStoreSize.flows }, (_, i) => ({
          key: `f${pad(i)}`,
          name: `Flow ${pad(i)}`,
          status: statuses[i % statuses.length]!,
          ...(i % 3 === 0 ? { triggerType: 'Metric' as const, triggerMetric: `m${pad(i)}` } : { triggerType: untriggered[i % 2]! }),
          archived: i % 10 === 9,
          createdDaysAgo: 20 + (i % 7),
          updatedDaysAgo: i % 7,
        })),
      },
    ],
  };
}
