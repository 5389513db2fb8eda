import type { TransactionalAnswer } from '../../../shared/domain/transactional';
import type { WizardSessionSummary } from '../../../shared/domain/wizard';

/** The operator's latest answer, in the transactional wizard, to what this flow's emails are for. */
export function latestPurposeAnswer(sessions: readonly WizardSessionSummary[], flowId: string): TransactionalAnswer | undefined {
  const answered = sessions
    .filter((session) => session.kind === 'transactional' && session.purposeAnswer?.flowId === flowId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return answered[0]?.purposeAnswer?.purpose;
}
