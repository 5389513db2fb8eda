import type { ScenarioInput } from '../../main/simulator';

/** Stores for the benchmarks, in the simulator's scenario format. */
const integrations = [
  { name: 'Shopify', category: 'ecommerce' },
  { name: 'API', category: 'api' },
];

function account(index: number, metrics: number): ScenarioInput['accounts'][number] {
  const id = String(index).padStart(2, '0');
  return {
    name: `Bench Store ${id}`,
    privateKey: `pk_bench_store_${id}_0123456789abcdef`,
    publicKey: `Bn${id}xx`,
    timezone: index % 2 ? 'Europe/Paris' : 'America/New_York',
    currency: 'USD',
    metrics: Array.from({ length: metrics }, (_, m) => ({
      key: `m${m}`,
      name: `Metric ${m}`,
      integration: integrations[m % integrations.length]!,
      baseHourlyRate: 2 + (m % 7) * 5,
    })),
    flows: Array.from({ length: 10 }, (_, f) => ({
      key: `f${f}`,
      name: `Flow ${f}`,
      status: 'live',
      triggerType: 'Metric' as const,
      triggerMetric: `m${f}`,
      createdDaysAgo: 100,
      updatedDaysAgo: 3,
    })),
  };
}

export function benchScenario(accounts: number, metrics: number): ScenarioInput {
  return { seed: 2026, historyDays: 400, accounts: Array.from({ length: accounts }, (_, i) => account(i, metrics)) };
}

export const benchKey = (index: number) => `pk_bench_store_${String(index).padStart(2, '0')}_0123456789abcdef`;
