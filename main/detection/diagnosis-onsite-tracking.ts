import type { ClassifiedMetric } from './diagnosis-metrics';
import { dropExtent } from './diagnosis-metrics';
import { METRIC_NAMES, usesThemeSnippets } from './diagnosis-platforms';
import type { Diagnosis } from './diagnosis-types';

/**
 * §2: Viewed Product and/or Added to Cart drop while Placed Order does not: the onsite snippets
 * (on Shopify and BigCommerce, in the theme) are missing, e.g. after a theme change.
 */
export function onsiteTrackingFindings(at: number, metrics: readonly ClassifiedMetric[], explained: ReadonlySet<string>): Diagnosis[] {
  const onsite = metrics.filter(
    (m) => (METRIC_NAMES.onsite as readonly string[]).includes(m.key) && m.condition === 'dropping' && !explained.has(m.integration ?? ''),
  );
  if (onsite.length === 0) return [];
  const placed = metrics.find((m) => m.key === METRIC_NAMES.placedOrder && m.condition === 'normal' && !explained.has(m.integration ?? ''));
  if (!placed) return [];
  return [
    {
      kind: 'onsite-tracking',
      at,
      metrics: onsite.map((m) => m.name),
      evidence: {
        metricIds: onsite.map((m) => m.id),
        ...dropExtent(onsite),
        placedOrderMetricId: placed.id,
        platform: placed.integration,
        themeSnippets: usesThemeSnippets(placed.integration),
      },
    },
  ];
}
