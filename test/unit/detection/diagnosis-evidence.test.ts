import { describe, expect, it } from 'vitest';
import { diagnosisSchema, type Diagnosis } from '../../../shared/domain/diagnosis';
import { storedDiagnosisSchema } from '../../../main/detection/diagnosis-evidence';

/** Evidence is typed per kind: a reader can only find the fields its kind has. */
const outage = {
  kind: 'integration-outage',
  at: '2026-11-23T11:00:00.000Z',
  metricIds: ['po'],
  evidence: { metricIds: ['po'], start: 1_763_852_400, depth: 1, integration: 'Shopify', category: 'ecommerce', custom: false, statusPage: null },
};

describe('stored diagnosis evidence', () => {
  it('reads each kind with its own fields and nothing else', () => {
    const parsed = storedDiagnosisSchema.parse({ ...outage, evidence: { ...outage.evidence, metrics: ['Placed Order'] } });
    expect(parsed).toEqual(outage);
  });

  it('refuses evidence of another kind under a kind', () => {
    const result = storedDiagnosisSchema.safeParse({ ...outage, kind: 'platform-switch' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['evidence.legacyIntegration', 'evidence.newIntegration', 'evidence.legacyMetricIds', 'evidence.replacements']),
    );
  });

  it('refuses a kind the domain does not have', () => {
    expect(storedDiagnosisSchema.safeParse({ ...outage, kind: 'coupon-expired' }).success).toBe(false);
  });

  it('refuses times that are not epoch seconds', () => {
    const result = storedDiagnosisSchema.safeParse({ ...outage, evidence: { ...outage.evidence, start: '2026-11-20' } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['evidence.start']);
  });
});

describe('the diagnosis the renderer receives', () => {
  const diagnosis: Diagnosis = {
    accountId: 'demo-outdoor',
    kind: 'integration-outage',
    at: '2026-11-23T11:00:00.000Z',
    metricIds: ['po'],
    metricNames: ['Placed Order'],
    start: null,
    depth: 1,
    drops: [],
    details: { kind: 'integration-outage', integration: 'Shopify', category: 'ecommerce', custom: false, statusPage: null },
    flows: [],
  };

  it('passes when its details are of its kind', () => {
    expect(diagnosisSchema.safeParse(diagnosis).success).toBe(true);
  });

  it('refuses details of another kind than the card it picks', () => {
    const mixed = { ...diagnosis, kind: 'onsite-tracking' };
    const result = diagnosisSchema.safeParse(mixed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['details.kind']);
  });
});
