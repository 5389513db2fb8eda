import { operationNames, type OperationName } from '../../shared/klaviyo/operations';
import type { RequestStats } from './types';

/** Requests actually sent, retries included, per operation: what the sync engine reports. */
export function createRequestStats() {
  const counts = new Map<OperationName, number>(operationNames.map((name) => [name, 0]));
  return {
    record(operation: OperationName): void {
      counts.set(operation, (counts.get(operation) ?? 0) + 1);
    },
    snapshot(): RequestStats {
      const requestsByOperation = Object.fromEntries(counts) as Record<OperationName, number>;
      return { requests: [...counts.values()].reduce((sum, count) => sum + count, 0), requestsByOperation };
    },
  };
}
