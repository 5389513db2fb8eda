import { useEffect, useState } from 'react';
import type { TransactionalAnswer } from '../../../shared/domain/transactional';
import { bridge, unwrap } from '../../lib/bridge';
import { latestPurposeAnswer } from './purpose-answer';

/**
 * Reads the wizards of the account for the flow's answer, so the panel's verdict follows it. Until
 * the list arrives (or if it fails) there is no answer, and the panel asks for one.
 */
export function usePurposeAnswer(accountId: string, flowId: string, refreshKey: string): TransactionalAnswer | undefined {
  const subject = `${accountId}\u0000${flowId}`;
  const [result, setResult] = useState<{ subject: string; answer: TransactionalAnswer | undefined }>({ subject, answer: undefined });
  useEffect(() => {
    let current = true;
    unwrap(bridge().wizards.list({ accountId }))
      .then((sessions) => {
        if (current) setResult({ subject, answer: latestPurposeAnswer(sessions, flowId) });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [accountId, flowId, subject, refreshKey]);
  return result.subject === subject ? result.answer : undefined;
}
