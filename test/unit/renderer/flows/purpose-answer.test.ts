import { describe, expect, it } from 'vitest';
import type { WizardSessionSummary } from '../../../../shared/domain/wizard';
import { latestPurposeAnswer } from '../../../../renderer/features/flows/purpose-answer';

const summary = (id: string, updatedAt: string, extra: Partial<WizardSessionSummary> = {}): WizardSessionSummary => ({
  id,
  kind: 'transactional',
  accountId: 'a',
  status: 'active',
  stepIndex: 0,
  updatedAt,
  ...extra,
});

describe('the flow panel reads the wizard’s answer on a flow’s purpose', () => {
  it('takes the latest answer given for that flow, and none for other flows or other wizards', () => {
    const sessions = [
      summary('1', '2026-12-01T10:00:00.000Z', { purposeAnswer: { flowId: 'f1', purpose: 'transactional' } }),
      summary('2', '2026-12-02T10:00:00.000Z', { purposeAnswer: { flowId: 'f1', purpose: 'marketing' } }),
      summary('3', '2026-12-03T10:00:00.000Z', { purposeAnswer: { flowId: 'f2', purpose: 'transactional' } }),
      summary('4', '2026-12-04T10:00:00.000Z', { kind: 'troubleshoot' }),
    ];
    expect(latestPurposeAnswer(sessions, 'f1')).toBe('marketing');
    expect(latestPurposeAnswer(sessions, 'f2')).toBe('transactional');
    expect(latestPurposeAnswer(sessions, 'f3')).toBeUndefined();
  });
});
