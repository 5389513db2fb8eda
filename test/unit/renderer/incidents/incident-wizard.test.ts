import { describe, expect, it } from 'vitest';
import { diagnosisSchema } from '../../../../shared/domain/diagnosis';
import { wizardInputSchema, wizardOriginSchema, wizardStartSchema } from '../../../../shared/domain/wizard';
import { incidentWizardStart } from '../../../../renderer/features/incidents/incident-wizard';
import { incident } from './incident-fixtures';

const outage = diagnosisSchema.parse({
  accountId: 'demo-outdoor',
  kind: 'integration-outage',
  at: '2026-11-22T16:00:00.000Z',
  metricIds: ['PLACED1', 'CART1'],
  metricNames: ['Placed Order', 'Added to Cart'],
  start: '2026-11-22T12:00:00.000Z',
  depth: 0.7,
  drops: [],
  details: { kind: 'integration-outage', integration: 'Shopify Plus', category: null, custom: false, statusPage: null },
  flows: [],
});

describe('the wizard an incident leads to', () => {
  it('is none without a diagnosis', () => {
    expect(incidentWizardStart(incident(), undefined)).toBeNull();
  });

  it('troubleshoots an outage on the headline alert, its metric, the integration concerned and the incident’s span', () => {
    const start = incidentWizardStart(incident({ diagnosisKind: 'integration-outage', end: '2026-11-22T17:00:00.000Z', state: 'recovering' }), outage);
    expect(start).toEqual({
      kind: 'troubleshoot',
      origin: {
        diagnosisKind: 'integration-outage',
        alertId: 'alert-placed',
        metricId: 'PLACED1',
        integration: 'Shopify Plus',
        windowStart: '2026-11-22T12:00:00.000Z',
        windowEnd: '2026-11-22T17:00:00.000Z',
      },
    });
  });

  it('opens the test order on the headline metric’s platform when no order came in', () => {
    const start = incidentWizardStart(incident({ diagnosisKind: 'no-recent-orders' }), undefined);
    expect(start?.kind).toBe('test-order');
    expect(start?.origin.platform).toBe('Shopify');
    expect(start?.origin.integration).toBeUndefined();
    expect(start?.origin.windowEnd).toBeUndefined();
  });

  it('opens the migration checklist for a platform switch', () => {
    expect(incidentWizardStart(incident({ diagnosisKind: 'platform-switch' }), undefined)?.kind).toBe('migration');
  });

  it('passes only what the bridge accepts, and what a stored session can hold', () => {
    for (const kind of ['integration-outage', 'onsite-tracking', 'order-status', 'platform-switch', 'no-recent-orders'] as const) {
      const start = incidentWizardStart(incident({ diagnosisKind: kind, end: '2026-11-22T17:00:00.000Z', state: 'recovering' }), undefined)!;
      expect(wizardStartSchema.safeParse({ kind: start.kind, accountId: 'demo-outdoor', origin: start.origin }).success, kind).toBe(true);
      // A session's input starts as its origin: every origin field must be an input field too.
      expect(wizardInputSchema.safeParse(start.origin).success, kind).toBe(true);
    }
    expect(Object.keys(wizardOriginSchema.shape).filter((key) => !(key in wizardInputSchema.shape))).toEqual([]);
  });
});
