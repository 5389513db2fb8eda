import type { ClassifiedMetric } from './diagnosis-metrics';
import { dropExtent } from './diagnosis-metrics';
import { isBuiltInPlatform, statusPageOf } from './diagnosis-platforms';
import type { Diagnosis } from './diagnosis-types';

/** Drops this far apart are not "together". */
const TOGETHER_WITHIN_HOURS = 24;

/**
 * §2: every metric of one integration drops together: the integration itself (maintenance,
 * platform outage, disabled or misconfigured integration, keys, firewall). Needs at least two
 * metrics that can be judged; metrics too new or too quiet to judge are left out.
 */
export function integrationOutages(at: number, metrics: readonly ClassifiedMetric[], explained: ReadonlySet<string>): Diagnosis[] {
  const found: Diagnosis[] = [];
  const integrations = [...new Set(metrics.map((m) => m.integration).filter((name): name is string => name !== null))];
  for (const integration of integrations) {
    if (explained.has(integration)) continue;
    const judged = metrics.filter((m) => m.integration === integration && m.condition !== 'unknown');
    if (judged.length < 2 || judged.some((m) => m.condition !== 'dropping')) continue;
    const starts = judged.map((m) => m.summary!.episode!.start);
    if (Math.max(...starts) - Math.min(...starts) > TOGETHER_WITHIN_HOURS * 3600) continue;
    const category = judged[0]!.category;
    found.push({
      kind: 'integration-outage',
      at,
      metrics: judged.map((m) => m.name),
      evidence: {
        metricIds: judged.map((m) => m.id),
        ...dropExtent(judged),
        integration,
        category,
        custom: !isBuiltInPlatform(integration),
        statusPage: statusPageOf(integration),
      },
    });
  }
  return found;
}
