import type { ClassifiedMetric } from './diagnosis-metrics';
import { dropExtent } from './diagnosis-metrics';
import { hasTrackingPlugin, METRIC_NAMES, orderStatusRuleOf } from './diagnosis-platforms';
import type { Diagnosis } from './diagnosis-types';

/**
 * §3: Placed Order drops while the same integration's Started Checkout is normal: orders are
 * created but not in a status that counts (custom order statuses). On WooCommerce or Magento,
 * both gone points at the plugin / extension version instead (`plugin: true`).
 */
export function orderStatusFindings(at: number, metrics: readonly ClassifiedMetric[], explained: ReadonlySet<string>): Diagnosis[] {
  const found: Diagnosis[] = [];
  for (const placed of metrics) {
    if (placed.key !== METRIC_NAMES.placedOrder || placed.condition !== 'dropping' || placed.integration === null) continue;
    if (explained.has(placed.integration)) continue;
    const checkout = metrics.find((m) => m.integration === placed.integration && m.key === METRIC_NAMES.startedCheckout) ?? null;
    const plugin = checkout?.condition === 'dropping' && hasTrackingPlugin(placed.integration);
    if (checkout?.condition !== 'normal' && !plugin) continue;
    const dropping = plugin ? [placed, checkout] : [placed];
    found.push({
      kind: 'order-status',
      at,
      metrics: dropping.map((m) => m.name),
      evidence: {
        metricIds: dropping.map((m) => m.id),
        ...dropExtent(dropping),
        integration: placed.integration,
        startedCheckoutMetricId: checkout.id,
        plugin,
        statusRule: orderStatusRuleOf(placed.integration),
      },
    });
  }
  return found;
}
