import { operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * The shortest time in which `count` requests of one operation can be sent under its published
 * limits (burst per second and steady per minute, as sliding windows): request k goes at the
 * earliest instant that keeps both windows within their allowance. A lower bound for any client.
 */
export function floorSeconds(operation: OperationName, count: number): number {
  const { burstPerSecond, steadyPerMinute } = operations[operation];
  const sent: number[] = [];
  for (let k = 0; k < count; k += 1) {
    let t = k === 0 ? 0 : sent[k - 1]!;
    if (k >= burstPerSecond) t = Math.max(t, sent[k - burstPerSecond]! + 1);
    if (k >= steadyPerMinute) t = Math.max(t, sent[k - steadyPerMinute]! + 60);
    sent.push(t);
  }
  return sent.at(-1) ?? 0;
}

/** Operations run in parallel where the sync allows it, so the slowest one bounds the run. */
export function syncFloorSeconds(requestsByOperation: Partial<Record<OperationName, number>>): number {
  return Math.max(0, ...Object.entries(requestsByOperation).map(([operation, count]) => floorSeconds(operation as OperationName, count ?? 0)));
}
