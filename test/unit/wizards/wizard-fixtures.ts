import type { Alert } from '../../../shared/domain/alert';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Flow } from '../../../shared/domain/flow';
import type { Metric } from '../../../shared/domain/metric';
import type { WizardKind, WizardSession } from '../../../shared/domain/wizard';
import type { WizardData } from '../../../main/wizards/wizard-data';

/** A small store described the way the cache holds it, for the wizards' pure functions. */
export interface StoreSpec {
  kind?: 'demo' | 'real';
  /** `Integration/Name` (category ecommerce unless `api:`) with the last day's count; null = no hours cached. */
  metrics: Record<string, number | null>;
  /** Metric keys with an active drop. */
  down?: string[];
  flows?: { name: string; status?: string; triggerType?: string; trigger?: string; archived?: boolean }[];
  diagnoses?: Diagnosis[];
}

export const idOf = (key: string) => key.replace(/^api:/, '');

export function storeData(spec: StoreSpec): WizardData {
  const metrics: Metric[] = Object.keys(spec.metrics).map((key) => {
    const api = key.startsWith('api:');
    const [integration, name] = idOf(key).split('/') as [string, string];
    return {
      accountId: 'a',
      id: idOf(key),
      name,
      integrationName: integration,
      integrationCategory: api ? 'api' : 'ecommerce',
      created: null,
      updated: null,
      gone: false,
    };
  });
  const alerts: Alert[] = (spec.down ?? []).map((key) => {
    const metric = metrics.find((m) => m.id === key)!;
    return {
      id: `alert-${key}`,
      accountId: 'a',
      metricId: key,
      kind: 'count-down',
      metricName: metric.name,
      integrationName: metric.integrationName,
      state: 'active',
      start: '2026-11-22T06:00:00.000Z',
      firedAt: '2026-11-22T09:00:00.000Z',
      resolvedAt: null,
      expected: 100,
      observed: 30,
      depth: 0.7,
      figures: { now: null, fired: { observed: 30, expected: 100, percentBelow: 70, through: '2026-11-22T10:00:00.000Z' }, evidence: null },
      dismissedAt: null,
      snoozedUntil: null,
      affectedFlows: [],
    };
  });
  const flows: Flow[] = (spec.flows ?? []).map((flow, index) => ({
    accountId: 'a',
    id: `flow-${index}`,
    name: flow.name,
    status: flow.status ?? 'live',
    triggerType: flow.triggerType ?? 'Metric',
    archived: flow.archived ?? false,
    created: null,
    updated: null,
    triggerMetricIds: flow.trigger ? [idOf(flow.trigger)] : [],
    gone: false,
  }));
  const counts = new Map(Object.entries(spec.metrics).map(([key, count]) => [idOf(key), count]));
  return {
    account: { id: 'a', name: 'Shop', timezone: 'America/New_York', kind: spec.kind ?? 'real' },
    metrics,
    flows,
    alerts,
    alertById: (id) => alerts.find((alert) => alert.id === id),
    diagnoses: spec.diagnoses ?? [],
    recentCount: (id) => counts.get(id) ?? null,
    dailyCount: () => null,
    hourlySum: () => null,
  };
}

export function platformSwitch(legacy: string, next: string): Diagnosis {
  return {
    accountId: 'a',
    kind: 'platform-switch',
    at: '2026-11-23T11:00:00.000Z',
    metricIds: [],
    metricNames: [],
    start: null,
    depth: null,
    drops: [],
    details: { kind: 'platform-switch', legacyIntegration: legacy, newIntegration: next, legacyMetricIds: [], replacements: [] },
    flows: [],
  };
}

/** A finding as Home lists it; only what the wizards read is filled in. */
function finding(kind: Diagnosis['kind'], metricIds: string[], details: Diagnosis['details']): Diagnosis {
  return {
    accountId: 'a',
    kind,
    at: '2026-11-23T11:00:00.000Z',
    metricIds,
    metricNames: metricIds.map((id) => id.split('/')[1]!),
    start: '2026-11-22T06:00:00.000Z',
    depth: 0.7,
    drops: [],
    details,
    flows: [],
  };
}

export const onsiteTracking = (platform: string, metricIds: string[]): Diagnosis =>
  finding('onsite-tracking', metricIds, { kind: 'onsite-tracking', placedOrderMetricId: `${platform}/Placed Order`, platform, themeSnippets: platform === 'Shopify' });

export const orderStatus = (integration: string, plugin: boolean): Diagnosis =>
  finding('order-status', [`${integration}/Placed Order`], { kind: 'order-status', integration, startedCheckoutMetricId: `${integration}/Started Checkout`, plugin, statusRule: null });

export const integrationOutage = (integration: string, metricIds: string[], custom = false): Diagnosis =>
  finding('integration-outage', metricIds, { kind: 'integration-outage', integration, category: custom ? 'custom' : 'ecommerce', custom, statusPage: null });

export function session(kind: WizardKind, input: WizardSession['input'] = {}, extra: Partial<WizardSession> = {}): WizardSession {
  return {
    id: 's1',
    kind,
    accountId: 'a',
    status: 'active',
    stepIndex: 0,
    input,
    ticked: [],
    startedAt: '2026-11-23T12:00:00.000Z',
    updatedAt: '2026-11-23T12:00:00.000Z',
    ...extra,
  };
}

/** The demo store as synced: Shopify with onsite metrics down, BigCommerce stopped 20 days ago. */
export const demoLike: StoreSpec = {
  kind: 'demo',
  metrics: {
    'Shopify/Placed Order': 40,
    'Shopify/Started Checkout': 90,
    'Shopify/Added to Cart': 60,
    'Shopify/Viewed Product': 900,
    'Shopify/Active on Site': 1500,
    'BigCommerce/Placed Order': 0,
    'BigCommerce/Started Checkout': 0,
    'api:API/Password Reset': 12,
  },
  down: ['Shopify/Added to Cart', 'Shopify/Viewed Product', 'BigCommerce/Placed Order', 'BigCommerce/Started Checkout'],
  flows: [
    { name: 'Post-Purchase Thank You', trigger: 'Shopify/Placed Order' },
    { name: 'Price Drop Alert', triggerType: 'Price Drop' },
    { name: 'Password Reset', trigger: 'api:API/Password Reset' },
    { name: 'Welcome Series', triggerType: 'Added to List' },
    { name: 'Customer Win-Back', triggerType: 'Date Based', status: 'manual' },
    { name: 'Order Confirmation (BigCommerce)', trigger: 'BigCommerce/Placed Order' },
    { name: 'Repeat Customer Thank-You (BigCommerce)', trigger: 'BigCommerce/Placed Order', status: 'manual' },
    { name: 'Abandoned Cart (BigCommerce)', trigger: 'BigCommerce/Started Checkout', archived: true, status: 'manual' },
  ],
  diagnoses: [platformSwitch('BigCommerce', 'Shopify'), onsiteTracking('Shopify', ['Shopify/Viewed Product', 'Shopify/Added to Cart'])],
};
