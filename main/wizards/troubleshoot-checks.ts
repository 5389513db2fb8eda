import type { Diagnosis } from '../../shared/domain/diagnosis';
import { hasTrackingPlugin, isBuiltInPlatform, METRIC_NAMES, statusPageOf, usesThemeSnippets } from '../detection/diagnosis-platforms';
import { findMetric, flowsTriggeredBy, isAlerted, metricsOf, nameKey, type WizardData } from './wizard-data';

/**
 * The questions of the drop decision list (domain §2-§3) that the cache can answer. Each answer is
 * `null` when the data says nothing, so the screen shows "not known" rather than a guess.
 */
export interface TroubleshootTarget {
  integration: string;
  /** The metric the alert is about, when the wizard started from one. */
  metricId: string | null;
}

export interface TroubleshootAnswers {
  /** Other metrics of the integration with an active drop. */
  otherMetricsDown: string[];
  /** Built without the platform vendor (custom or third-party), from the integration and its category. */
  custom: boolean | null;
  category: string | null;
  /** Only Viewed Product / Added to Cart / Active on Site are down while orders are not. */
  onsiteOnly: boolean | null;
  themeSnippetsPlatform: boolean;
  placedOrderDown: boolean | null;
  /** Started Checkout still arrives (exists, no drop, events in the last day). */
  startedCheckoutTracked: boolean | null;
  pluginPlatform: boolean;
  platformSwitch: { legacy: string; next: string } | null;
  /** Flows still triggered by a legacy metric: name and status. */
  legacyFlows: { name: string; status: string }[];
  statusPage: string | null;
}

const onsiteNames: readonly string[] = [...METRIC_NAMES.onsite, 'active on site'];

export function answerTroubleshoot(data: WizardData, target: TroubleshootTarget): TroubleshootAnswers {
  const metrics = metricsOf(data, target.integration);
  const down = metrics.filter((metric) => isAlerted(data, metric.id));
  const others = down.filter((metric) => metric.id !== target.metricId).map((metric) => metric.name);

  const placedOrder = findMetric(data, target.integration, METRIC_NAMES.placedOrder);
  const placedOrderDown = placedOrder ? isAlerted(data, placedOrder.id) : null;
  const onsiteOnly = down.length === 0 ? null : down.every((metric) => onsiteNames.includes(nameKey(metric.name))) && placedOrderDown !== true;

  const startedCheckout = findMetric(data, target.integration, METRIC_NAMES.startedCheckout);
  const startedCheckoutTracked = startedCheckout
    ? !isAlerted(data, startedCheckout.id) && (data.recentCount(startedCheckout.id) ?? 0) > 0
    : placedOrder
      ? false
      : null;

  const category = metrics.find((metric) => metric.integrationCategory)?.integrationCategory ?? null;
  const custom = metrics.length === 0 ? null : !isBuiltInPlatform(target.integration) || nameKey(category) === 'custom';

  const switchFinding = data.diagnoses.find((d): d is Diagnosis & { details: { kind: 'platform-switch' } } => d.details.kind === 'platform-switch');
  const platformSwitch = switchFinding ? { legacy: switchFinding.details.legacyIntegration, next: switchFinding.details.newIntegration } : null;
  const legacyFlows = platformSwitch
    ? flowsTriggeredBy(data, new Set(metricsOf(data, platformSwitch.legacy).map((m) => m.id))).map((flow) => ({ name: flow.name, status: flow.status ?? '' }))
    : [];

  return {
    otherMetricsDown: others,
    custom,
    category,
    onsiteOnly,
    themeSnippetsPlatform: usesThemeSnippets(target.integration),
    placedOrderDown,
    startedCheckoutTracked,
    pluginPlatform: hasTrackingPlugin(target.integration),
    platformSwitch,
    legacyFlows,
    statusPage: statusPageOf(target.integration),
  };
}
