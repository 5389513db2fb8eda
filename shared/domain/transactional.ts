/**
 * Whether the emails of a flow may ask for transactional status. Two questions, in this order:
 * does the flow's structure allow it (metric trigger, not a price drop, list and segment flows only
 * through support), and is the email's purpose one customers expect after they order or act on
 * their account? Transactional emails must not contain marketing content, so a message that exists
 * to sell (abandonment, browse, win-back, back in stock, price drop, review request) stays
 * marketing whatever its trigger. Where the data cannot tell the purpose (a custom metric), the
 * verdict asks for the operator's answer instead of guessing. The account's plan, the message's
 * mode and its A/B tests are not visible to us: they come back as conditions to check.
 */

export type TransactionalVerdict = 'can-request' | 'keep-marketing' | 'support-only' | 'needs-answer' | 'not-eligible';

/** What the email is for, as the data tells it or the operator answered. */
export type TransactionalPurpose = 'transactional' | 'marketing' | 'unknown';
export type TransactionalAnswer = Exclude<TransactionalPurpose, 'unknown'>;

/** Purposes customers expect after they order or act on their account. */
type TransactionalPurposeReason = 'order' | 'shipping' | 'refund' | 'donation-receipt' | 'password-reset' | 'account-security';
/** Messages that exist to sell. */
type MarketingPurposeReason = 'cart-abandonment' | 'browse-abandonment' | 'win-back' | 'back-in-stock' | 'price-drop-message' | 'review-request';

/** One sentence each: why this verdict. */
export type TransactionalReason =
  | 'price-drop'
  | 'not-metric-triggered'
  | 'list-or-segment'
  | TransactionalPurposeReason
  | MarketingPurposeReason
  | 'answered-transactional'
  | 'answered-marketing'
  | 'purpose-unknown';

/** The rule of the vendor's policy the verdict rests on. */
export type TransactionalRule = 'metric-trigger' | 'no-price-drop' | 'list-or-segment-support' | 'no-marketing-content';

/** What must hold for a request to succeed or to stay valid, in the order an operator meets them. */
export type TransactionalCondition =
  | 'paid-account'
  | 'no-marketing-content'
  | 'disable-store-email'
  | 'per-email'
  | 'manual-mode'
  | 'no-ab-test'
  | 'approval-one-business-day'
  | 'edits-remove-status'
  | 'support-stricter-rules';

export interface TransactionalSubject {
  /** The flow's trigger type as the API names it: Metric, Added to List, Price Drop... */
  triggerType: string | null;
  /** The flow's name: the merchant names a flow after what it sends. */
  flowName: string;
  /** The trigger metric when the flow has one and the cache knows it. */
  metric: { name: string; integrationCategory: string | null } | null;
  /** The operator's answer to "what is this message for?", used only when the data cannot tell. */
  answer?: TransactionalAnswer | undefined;
}

export interface TransactionalEligibility {
  verdict: TransactionalVerdict;
  reason: TransactionalReason;
  rule: TransactionalRule;
  purpose: TransactionalPurpose;
  conditions: TransactionalCondition[];
}

/** Integration categories whose metrics are not synced by an integration but sent by the account's own code. */
const customMetricCategories = new Set(['api', 'custom']);

/** The rules every request follows once the email qualifies, whatever the metric. */
const requestConditions: TransactionalCondition[] = [
  'per-email',
  'manual-mode',
  'no-ab-test',
  'approval-one-business-day',
  'edits-remove-status',
];

/**
 * Words that give a message's purpose away, in flow and metric names. Marketing is looked for
 * first, in both names: a review request sent on Fulfilled Order still exists to sell. Browse is
 * tested before cart because "Browse Abandonment" also says "abandon".
 */
const marketingSigns: [MarketingPurposeReason, RegExp][] = [
  ['browse-abandonment', /\bbrowse|viewed product|viewed page|active on site/],
  ['cart-abandonment', /abandon|started checkout|added to cart|\bcart\b/],
  ['win-back', /win ?back|lapsed|we miss you/],
  ['back-in-stock', /back in stock|restock/],
  ['price-drop-message', /price drop|price change/],
  ['review-request', /\breview/],
];

const transactionalSigns: [TransactionalPurposeReason, RegExp][] = [
  ['refund', /refund|cancell?ed order|order cancell?ed/],
  ['shipping', /fulfill?ed order|shipping|shipment|shipped|deliver|tracking/],
  ['donation-receipt', /contribution|donation/],
  ['password-reset', /password/],
  ['account-security', /account security|security alert|sign ?in alert|login alert|verification code|two factor/],
  ['order', /placed order|ordered product|order confirm|receipt|\border\b/],
];

export function transactionalEligibility(subject: TransactionalSubject): TransactionalEligibility {
  const type = normalise(subject.triggerType);
  if (type === 'price drop') return ruledOut('price-drop', 'no-price-drop');
  const listOrSegment = type === 'added to list' || type === 'added to segment';
  if (type !== 'metric' && !listOrSegment) return ruledOut('not-metric-triggered', 'metric-trigger');

  const names = [subject.flowName, subject.metric?.name ?? ''].map(normalise);
  const marketing = firstSign(marketingSigns, names);
  if (marketing) return keepMarketing(marketing);
  if (listOrSegment) {
    return { verdict: 'support-only', reason: 'list-or-segment', rule: 'list-or-segment-support', purpose: 'unknown', conditions: ['paid-account', 'support-stricter-rules'] };
  }

  // The metric says more than the flow's name: "Repeat Customer Thank-You" runs on Placed Order.
  const transactional = firstSign(transactionalSigns, names.slice().reverse());
  if (transactional) return canRequest(transactional, subject.metric);
  if (subject.answer === 'marketing') return keepMarketing('answered-marketing');
  if (subject.answer === 'transactional') return canRequest('answered-transactional', subject.metric);
  return { verdict: 'needs-answer', reason: 'purpose-unknown', rule: 'no-marketing-content', purpose: 'unknown', conditions: [] };
}

function ruledOut(reason: TransactionalReason, rule: TransactionalRule): TransactionalEligibility {
  return { verdict: 'not-eligible', reason, rule, purpose: 'unknown', conditions: [] };
}

function keepMarketing(reason: TransactionalReason): TransactionalEligibility {
  return { verdict: 'keep-marketing', reason, rule: 'no-marketing-content', purpose: 'marketing', conditions: [] };
}

function canRequest(reason: TransactionalReason, metric: TransactionalSubject['metric']): TransactionalEligibility {
  // The store platform may already send the same email (a password reset, say): customers would get two.
  const custom: TransactionalCondition[] = metric && isCustomMetric(metric.integrationCategory) ? ['disable-store-email'] : [];
  return {
    verdict: 'can-request',
    reason,
    rule: 'no-marketing-content',
    purpose: 'transactional',
    conditions: ['paid-account', 'no-marketing-content', ...custom, ...requestConditions],
  };
}

function firstSign<R>(signs: [R, RegExp][], texts: string[]): R | null {
  for (const text of texts) {
    for (const [reason, pattern] of signs) if (pattern.test(text)) return reason;
  }
  return null;
}

/** A metric with no integration behind it, or one sent through the APIs, is a custom metric. */
function isCustomMetric(category: string | null): boolean {
  return category === null || customMetricCategories.has(normalise(category));
}

function normalise(value: string | null): string {
  return (value ?? '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}
