import type { Metric } from '../../../shared/domain/metric';

/** The e-commerce metrics operators watch first, in funnel order from the sale backwards. */
export const headlineMetricNames = ['Placed Order', 'Started Checkout', 'Added to Cart', 'Viewed Product'] as const;

/** Filter value for metrics that belong to no integration. */
export const NO_INTEGRATION = '\u0000none';

export interface MetricFilter {
  /** Free text matched against the metric's and the integration's names. */
  query: string;
  /** An integration name, NO_INTEGRATION, or '' for all. */
  integration: string;
}

export function isHeadline(metric: Metric): boolean {
  return headlineRank(metric) < headlineMetricNames.length;
}

function headlineRank(metric: Metric): number {
  const rank = (headlineMetricNames as readonly string[]).indexOf(metric.name);
  return rank === -1 ? headlineMetricNames.length : rank;
}

/**
 * Headline metrics first in funnel order, then the rest by name; among namesakes (the same metric
 * from two platforms) by integration. A metric the API no longer returns goes after the live ones
 * of its group: its history is still there to review, but it is rarely what one looks for.
 */
export function sortMetrics(metrics: readonly Metric[], locale: string): Metric[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...metrics].sort(
    (a, b) =>
      headlineRank(a) - headlineRank(b) ||
      Number(a.gone) - Number(b.gone) ||
      collator.compare(a.name, b.name) ||
      collator.compare(a.integrationName ?? '', b.integrationName ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** Lower case without accents, so "cafe" finds "Café". */
function fold(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase(locale);
}

export function filterMetrics(metrics: readonly Metric[], filter: MetricFilter, locale: string): Metric[] {
  const words = fold(filter.query, locale).split(/\s+/).filter(Boolean);
  return metrics.filter((metric) => {
    if (filter.integration === NO_INTEGRATION ? metric.integrationName !== null : filter.integration && metric.integrationName !== filter.integration) {
      return false;
    }
    const haystack = fold(`${metric.name} ${metric.integrationName ?? ''}`, locale);
    return words.every((word) => haystack.includes(word));
  });
}

/** The integrations present, sorted, for the filter; NO_INTEGRATION last when some metric has none. */
export function integrationChoices(metrics: readonly Metric[], locale: string): string[] {
  const names = new Set<string>();
  let someWithout = false;
  for (const metric of metrics) {
    if (metric.integrationName === null) someWithout = true;
    else names.add(metric.integrationName);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...names].sort(collator.compare);
  return someWithout ? [...sorted, NO_INTEGRATION] : sorted;
}
