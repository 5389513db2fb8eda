import type { TFunction } from 'i18next';
import type { Metric } from '../../../shared/domain/metric';

/**
 * A metric's name, with its integration only where the name alone is ambiguous: "Added to Cart"
 * when only Shopify sends it, "Placed Order (BigCommerce)" when Shopify sends one too. Without
 * the account's metric list nobody can tell, so the integration is then always named.
 */
export function metricLabel(
  t: TFunction,
  metric: { name: string; integrationName: string | null },
  metrics: readonly Pick<Metric, 'name' | 'integrationName'>[] | null,
): string {
  if (!metric.integrationName) return metric.name;
  const namesakes = metrics?.filter((other) => other.name === metric.name).length ?? 2;
  return namesakes > 1 ? t('homeScreen.metricWithIntegration', { metric: metric.name, integration: metric.integrationName }) : metric.name;
}
