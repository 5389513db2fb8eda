import type { TFunction } from 'i18next';
import type { Alert } from '../../../shared/domain/alert';
import type { Metric } from '../../../shared/domain/metric';

/** Trigger types the API names, mapped to catalogue keys; anything new is shown as the API spells it. */
const triggerTypeKeys: Record<string, string> = {
  metric: 'metric',
  'added to list': 'addedToList',
  'added to segment': 'addedToSegment',
  'date based': 'dateBased',
  'price drop': 'priceDrop',
  'low inventory': 'lowInventory',
  unconfigured: 'unconfigured',
};

const statusKeys = new Set(['live', 'manual', 'draft']);

export function triggerTypeLabel(triggerType: string | null, t: TFunction): string {
  if (!triggerType) return t('flowsScreen.triggerTypes.none');
  const key = triggerTypeKeys[triggerType.trim().toLowerCase().replace(/[\s_-]+/g, ' ')];
  return key ? t(`flowsScreen.triggerTypes.${key}`) : triggerType;
}

export function statusLabel(status: string | null, t: TFunction): string {
  if (!status) return t('flowsScreen.status.none');
  const key = status.toLowerCase();
  return statusKeys.has(key) ? t(`flowsScreen.status.${key}`) : status;
}

/** "Placed Order · BigCommerce": two platforms often both send a Placed Order. */
export function metricLabel(metric: Pick<Metric, 'name' | 'integrationName'>, t: TFunction): string {
  return metric.integrationName ? t('flowsScreen.metricLabel', { metric: metric.name, integration: metric.integrationName }) : metric.name;
}

export function dropLabel(alert: Pick<Alert, 'metricName' | 'integrationName'>, t: TFunction): string {
  return alert.integrationName
    ? t('flowsScreen.badgeWithIntegration', { metric: alert.metricName, integration: alert.integrationName })
    : t('flowsScreen.badge', { metric: alert.metricName });
}
