import type { Alert } from '../../../shared/domain/alert';
import type { Flow } from '../../../shared/domain/flow';
import type { Metric } from '../../../shared/domain/metric';
import type { MetricDrop } from './metric-drops';

/** A flow as the table shows it: its trigger metrics resolved and the drops under way on them. */
export interface FlowRow {
  flow: Flow;
  /** Known trigger metrics, in the flow's order; ids the cache does not know are left out. */
  metrics: Metric[];
  /** Drops under way on any of the flow's trigger metrics: each one is a badge, muted while snoozed. */
  drops: MetricDrop[];
}

export type SortKey = 'name' | 'status' | 'updated';
export type SortDirection = 'ascending' | 'descending';
export interface FlowSort {
  key: SortKey;
  direction: SortDirection;
}

/** What the router's focus id points at on this screen. */
export type FlowsFocus = { kind: 'metric'; metricId: string } | { kind: 'flow'; flowId: string } | null;

export function buildFlowRows(flows: readonly Flow[], metrics: readonly Metric[], drops: readonly MetricDrop[]): FlowRow[] {
  const metricsById = new Map(metrics.map((metric) => [metric.id, metric]));
  return flows
    .filter((flow) => !flow.gone)
    .map((flow) => ({
      flow,
      metrics: flow.triggerMetricIds.flatMap((id) => metricsById.get(id) ?? []),
      drops: drops.filter((drop) => flow.triggerMetricIds.includes(drop.metricId)),
    }));
}

/**
 * Home links here with a metric id ("view affected flows"); a notification may pass the alert
 * instead, and a deep link a flow. Anything else is ignored rather than filtering to nothing.
 */
export function resolveFocus(
  focusId: string | undefined,
  flows: readonly Flow[],
  metrics: readonly Metric[],
  alerts: readonly Alert[],
): FlowsFocus {
  if (!focusId) return null;
  const triggers = (metricId: string) => flows.some((flow) => flow.triggerMetricIds.includes(metricId));
  if (metrics.some((metric) => metric.id === focusId) || triggers(focusId)) return { kind: 'metric', metricId: focusId };
  const alert = alerts.find((candidate) => candidate.id === focusId);
  if (alert) return { kind: 'metric', metricId: alert.metricId };
  if (flows.some((flow) => flow.id === focusId)) return { kind: 'flow', flowId: focusId };
  return null;
}

export interface VisibleRows {
  rows: FlowRow[];
  /** Archived flows left out by the toggle (within the focus, when there is one). */
  hiddenArchived: number;
}

/** Archived flows stay hidden unless asked for; a metric focus keeps only the flows it triggers. */
export function visibleRows(rows: readonly FlowRow[], options: { showArchived: boolean; focus: FlowsFocus }): VisibleRows {
  const { focus } = options;
  const inFocus = focus?.kind === 'metric' ? rows.filter((row) => row.flow.triggerMetricIds.includes(focus.metricId)) : rows;
  const shown = options.showArchived ? inFocus : inFocus.filter((row) => !row.flow.archived);
  return { rows: [...shown], hiddenArchived: inFocus.length - shown.length };
}

/** Live flows first, then manual, then drafts: the order in which a drop hurts. */
const statusRank: Record<string, number> = { live: 0, manual: 1, draft: 2 };

/**
 * Sorted copy of the rows. Names compare with the user's collator; a flow never updated sorts as
 * the oldest. Ties fall back to the name so the order never depends on what the API returned.
 */
export function sortRows(rows: readonly FlowRow[], sort: FlowSort, collator: Intl.Collator): FlowRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: FlowRow, b: FlowRow) => collator.compare(a.flow.name, b.flow.name);
  const primary = (a: FlowRow, b: FlowRow): number => {
    switch (sort.key) {
      case 'name':
        return byName(a, b);
      case 'status':
        return rankOf(a.flow.status) - rankOf(b.flow.status);
      case 'updated':
        return timeOf(a.flow.updated) - timeOf(b.flow.updated);
    }
  };
  return [...rows].sort((a, b) => sign * primary(a, b) || byName(a, b));
}

/** The direction a column starts in when first chosen: newest first for dates, A to Z otherwise. */
export function nextSort(current: FlowSort, key: SortKey): FlowSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'updated' ? 'descending' : 'ascending' };
}

function rankOf(status: string | null): number {
  return statusRank[(status ?? '').toLowerCase()] ?? Object.keys(statusRank).length;
}

function timeOf(iso: string | null): number {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
