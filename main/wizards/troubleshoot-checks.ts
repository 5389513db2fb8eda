import { hasTrackingPlugin, isBuiltInPlatform, METRIC_NAMES, statusPageOf, usesThemeSnippets } from '../detection/diagnosis-platforms';
import { findMetric, flowsTriggeredBy, isAlerted, metricsOf, nameKey, type WizardData } from './wizard-data';
import { findingOn, platformSwitchFinding } from './wizard-findings';

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
  /** Home's onsite-tracking finding: onsite metrics down while orders are not. */
  onsiteOnly: boolean | null;
  /** Home's integration-outage finding: every metric of the integration dropped together. */
  integrationOutage: boolean;
  /** Home's order-status finding: Placed Order down; `plugin` when Started Checkout went with it. */
  orderStatus: { plugin: boolean } | null;
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
  // The onsite and order questions map Home's findings; without one, onsite drops alone are
  // "not known" (orders were too quiet or too new to vouch for), never a verdict of their own.
  const onsiteFinding = findingOn(data, 'onsite-tracking', target.integration);
  const onsiteAlone = down.length > 0 && down.every((metric) => onsiteNames.includes(nameKey(metric.name)));
  const onsiteOnly = onsiteFinding ? true : down.length === 0 || onsiteAlone ? null : false;
  const orderFinding = findingOn(data, 'order-status', target.integration);
  const orderStatus = orderFinding ? { plugin: orderFinding.details.plugin } : null;

  const startedCheckout = findMetric(data, target.integration, METRIC_NAMES.startedCheckout);
  const startedCheckoutTracked = orderStatus
    ? !orderStatus.plugin
    : startedCheckout
      ? !isAlerted(data, startedCheckout.id) && (data.recentCount(startedCheckout.id) ?? 0) > 0
      : placedOrder
        ? false
        : null;

  const category = metrics.find((metric) => metric.integrationCategory)?.integrationCategory ?? null;
  const custom = metrics.length === 0 ? null : !isBuiltInPlatform(target.integration) || nameKey(category) === 'custom';

  const switchFinding = platformSwitchFinding(data);
  const platformSwitch = switchFinding ? { legacy: switchFinding.details.legacyIntegration, next: switchFinding.details.newIntegration } : null;
  const legacyFlows = platformSwitch
    ? flowsTriggeredBy(data, new Set(metricsOf(data, platformSwitch.legacy).map((m) => m.id))).map((flow) => ({ name: flow.name, status: flow.status ?? '' }))
    : [];

  return {
    otherMetricsDown: others,
    custom,
    category,
    onsiteOnly,
    integrationOutage: findingOn(data, 'integration-outage', target.integration) !== undefined,
    orderStatus,
    themeSnippetsPlatform: usesThemeSnippets(target.integration),
    placedOrderDown,
    startedCheckoutTracked,
    pluginPlatform: hasTrackingPlugin(target.integration),
    platformSwitch,
    legacyFlows,
    statusPage: statusPageOf(target.integration),
  };
}
