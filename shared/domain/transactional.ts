/**
 * Whether the emails of a flow can ask for transactional status, from what the cache knows of the
 * flow's trigger. The account's plan, the message's mode and its A/B tests are not visible to us,
 * so they come back as conditions for the operator to check rather than as part of the verdict.
 */

/** `eligible`: each email may request it; `support-only`: only through support, under stricter rules. */
export type TransactionalVerdict = 'eligible' | 'support-only' | 'not-eligible';

export type TransactionalReason =
  /** Triggered by a metric an integration syncs (Placed Order from the store, a donation...). */
  | 'integration-metric'
  /** Triggered by a metric sent through the Metrics or Events APIs (e.g. Password Reset). */
  | 'custom-metric'
  /** Triggered by a metric the cache does not know (yet): the trigger alone qualifies it. */
  | 'unknown-metric'
  | 'price-drop'
  | 'list-or-segment'
  /** Date-based, low-inventory, unconfigured or any other trigger that is not a metric. */
  | 'not-metric-triggered';

/** What must hold for a request to succeed or to stay valid, in the order an operator meets them. */
export type TransactionalCondition =
  | 'paid-account'
  | 'disable-store-email'
  | 'per-email'
  | 'manual-mode'
  | 'no-ab-test'
  | 'approval-one-business-day'
  | 'edits-remove-status'
  | 'support-stricter-rules';

export interface TransactionalTrigger {
  /** The flow's trigger type as the API names it: Metric, Added to List, Price Drop... */
  triggerType: string | null;
  /** The trigger metric when the flow has one and the cache knows it. */
  metric: { integrationCategory: string | null } | null;
}

export interface TransactionalEligibility {
  verdict: TransactionalVerdict;
  reason: TransactionalReason;
  conditions: TransactionalCondition[];
}

/** Integration categories whose metrics are not synced by an integration but sent by the account's own code. */
const customMetricCategories = new Set(['api', 'custom']);

/** The rules every request follows once the trigger qualifies, whatever the metric. */
const requestConditions: TransactionalCondition[] = [
  'per-email',
  'manual-mode',
  'no-ab-test',
  'approval-one-business-day',
  'edits-remove-status',
];

export function transactionalEligibility(trigger: TransactionalTrigger): TransactionalEligibility {
  const type = normalise(trigger.triggerType);
  if (type === 'price drop') return { verdict: 'not-eligible', reason: 'price-drop', conditions: [] };
  if (type === 'added to list' || type === 'added to segment') {
    return { verdict: 'support-only', reason: 'list-or-segment', conditions: ['paid-account', 'support-stricter-rules'] };
  }
  if (type !== 'metric') return { verdict: 'not-eligible', reason: 'not-metric-triggered', conditions: [] };

  if (!trigger.metric) {
    return { verdict: 'eligible', reason: 'unknown-metric', conditions: ['paid-account', ...requestConditions] };
  }
  if (isCustomMetric(trigger.metric.integrationCategory)) {
    // The store platform may already send the same email (a password reset, say): customers would get two.
    return {
      verdict: 'eligible',
      reason: 'custom-metric',
      conditions: ['paid-account', 'disable-store-email', ...requestConditions],
    };
  }
  return { verdict: 'eligible', reason: 'integration-metric', conditions: ['paid-account', ...requestConditions] };
}

/** A metric with no integration behind it, or one sent through the APIs, is a custom metric. */
function isCustomMetric(category: string | null): boolean {
  return category === null || customMetricCategories.has(normalise(category));
}

function normalise(value: string | null): string {
  return (value ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}
