import type { DiagnosisMetricInput } from './diagnosis-types';
import { metricKey } from './diagnosis-platforms';
import { summarizeMonitor, type MonitorSummary } from './monitor-summary';

/**
 * A metric as the diagnosis rules see it: dropping (an alert episode is open), normal (watched
 * long enough, with enough volume, and its last day at least half of expected) or unknown (too new
 * or too quiet to say; rules never count an unknown metric either way).
 */
export type Condition = 'dropping' | 'normal' | 'unknown';

export interface ClassifiedMetric {
  id: string;
  name: string;
  /** Lower-cased, trimmed name, for matching. */
  key: string;
  integration: string | null;
  category: string | null;
  createdAt: number | null;
  summary: MonitorSummary | null;
  condition: Condition;
}

/** A day with fewer expected events than this cannot vouch that a metric is normal. */
const NORMAL_MIN_EXPECTED = 5;
const NORMAL_MIN_RATIO = 0.5;

export function classifyMetric(input: DiagnosisMetricInput): ClassifiedMetric {
  const summary = input.state ? summarizeMonitor(input.state) : null;
  return {
    id: input.id,
    name: input.name,
    key: metricKey(input.name),
    integration: input.integrationName,
    category: input.integrationCategory,
    createdAt: input.createdAt ?? null,
    summary,
    condition: conditionOf(summary),
  };
}

function conditionOf(summary: MonitorSummary | null): Condition {
  if (!summary) return 'unknown';
  if (summary.episode) return 'dropping';
  if (!summary.warmedUp || summary.recentExpected < NORMAL_MIN_EXPECTED) return 'unknown';
  return summary.recentObserved >= NORMAL_MIN_RATIO * summary.recentExpected ? 'normal' : 'unknown';
}

/** Earliest episode start and smallest depth among dropping metrics (a floor: each fell at least this much). */
export function dropExtent(metrics: readonly ClassifiedMetric[]): { start: number | null; depth: number | null } {
  let start: number | null = null;
  let depth: number | null = null;
  for (const metric of metrics) {
    const episode = metric.summary?.episode;
    if (!episode) continue;
    start = start === null ? episode.start : Math.min(start, episode.start);
    depth = depth === null ? episode.depth : Math.min(depth, episode.depth);
  }
  return { start, depth };
}
