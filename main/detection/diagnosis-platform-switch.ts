import type { ClassifiedMetric } from './diagnosis-metrics';
import { dropExtent } from './diagnosis-metrics';
import type { Diagnosis } from './diagnosis-types';

const HOUR = 3600;
/** A legacy metric has stopped if it is dropping or has had no event for this long. */
const STOPPED_AFTER_HOURS = 48;
/** The new platform's metric must have started within this many days... */
const STARTED_WITHIN_DAYS = 30;
/** ...and still be receiving events. */
const ACTIVE_WITHIN_HOURS = 72;

/**
 * §2 / §4: a legacy integration's metric stops while the same-named metric of another
 * integration starts. One finding per (legacy, new) pair of integrations; the evidence lists every
 * metric of the legacy integration so the caller can list flows still triggered by them.
 */
export function platformSwitches(at: number, metrics: readonly ClassifiedMetric[]): Diagnosis[] {
  const found: Diagnosis[] = [];
  const integrations = [...new Set(metrics.map((m) => m.integration).filter((name): name is string => name !== null))];
  for (const legacy of integrations) {
    for (const next of integrations) {
      if (legacy === next) continue;
      const replacements: { name: string; legacy: ClassifiedMetric; next: ClassifiedMetric }[] = [];
      for (const old of metrics.filter((m) => m.integration === legacy && hasStopped(at, m))) {
        const successor = metrics.find((m) => m.integration === next && m.key === old.key && hasStarted(at, m, old));
        if (successor) replacements.push({ name: old.name, legacy: old, next: successor });
      }
      if (replacements.length === 0) continue;
      const legacyMetrics = replacements.map((r) => r.legacy);
      const extent = dropExtent(legacyMetrics);
      found.push({
        kind: 'platform-switch',
        at,
        metrics: legacyMetrics.map((m) => m.name),
        evidence: {
          metricIds: legacyMetrics.map((m) => m.id),
          start: extent.start ?? firstQuietHour(legacyMetrics),
          depth: extent.depth ?? 1,
          legacyIntegration: legacy,
          newIntegration: next,
          legacyMetricIds: metrics.filter((m) => m.integration === legacy).map((m) => m.id),
          replacements: replacements.map((r) => ({ name: r.name, legacyMetricId: r.legacy.id, newMetricId: r.next.id })),
        },
      });
    }
  }
  return found;
}

function hasStopped(at: number, metric: ClassifiedMetric): boolean {
  if (metric.condition === 'dropping') return true;
  const last = metric.summary?.lastEventHour ?? null;
  return last !== null && at - last >= STOPPED_AFTER_HOURS * HOUR;
}

function hasStarted(at: number, metric: ClassifiedMetric, legacy: ClassifiedMetric): boolean {
  const first = metric.summary?.firstEventHour ?? null;
  const last = metric.summary?.lastEventHour ?? null;
  if (first === null || last === null) return false;
  const legacyFirst = legacy.summary?.firstEventHour ?? null;
  return (
    first >= at - STARTED_WITHIN_DAYS * 24 * HOUR &&
    at - last <= ACTIVE_WITHIN_HOURS * HOUR &&
    (legacyFirst === null || first > legacyFirst)
  );
}

function firstQuietHour(metrics: readonly ClassifiedMetric[]): number | null {
  const lasts = metrics.map((m) => m.summary?.lastEventHour).filter((t): t is number => typeof t === 'number');
  return lasts.length > 0 ? Math.max(...lasts) + HOUR : null;
}
