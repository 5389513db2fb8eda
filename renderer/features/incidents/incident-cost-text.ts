import type { TFunction } from 'i18next';
import type { EstimateRange, IncidentCost } from '../../../shared/domain/incident';
import { formatCount, formatTime } from '../../lib/format';
import { numberFormat } from '../../lib/intl-formats';
import { formatList } from '../home/home-format';
import type { MonitorKind } from '../../../shared/domain/monitor-kind';

export interface CostContext {
  t: TFunction;
  locale: string;
  /** The account's zone: "through 3:00 PM" is read on the account's clock. */
  timeZone: string;
  now: Date;
  /** The account's currency, for a cost that does not name one; null: amounts are written as plain numbers. */
  accountCurrency: string | null;
}

export interface CostText {
  /** "So far, through 3:00 PM" while it lasts; "Final estimate, through …" once frozen. */
  label: string;
  /** "about 120 missing Placed Order events (between 90 and 150)". */
  events: string;
  /** "about $5,400 in missing revenue (between $4,000 and $6,800)"; null when no member carries order values. */
  revenue: string | null;
}

const DAY_MS = 86_400_000;

/** Whole numbers, never below zero, and the range kept around the estimate once rounded. */
function rounded(range: EstimateRange): EstimateRange {
  const estimate = Math.max(0, Math.round(range.estimate));
  return { estimate, low: Math.min(estimate, Math.max(0, Math.round(range.low))), high: Math.max(estimate, Math.round(range.high)) };
}

/** An estimate of events: "about 120 missing Placed Order events (between 90 and 150)". */
export function missingEventsText(range: EstimateRange, metric: string, { t, locale }: Pick<CostContext, 't' | 'locale'>, kind: MonitorKind = 'count-down'): string {
  // A value drop missed no events (its revenue is the cost); a harmful rise has extra ones.
  if (kind === 'value-down') return t('incidentPage.cost.valueOnly', { metric });
  const { estimate, low, high } = rounded(range);
  const count = (value: number) => formatCount(value, locale);
  const key = kind === 'rise-harmful' ? 'incidentPage.cost.extraEvents' : 'incidentPage.cost.events';
  return t(key, { count: estimate, estimate: count(estimate), low: count(low), high: count(high), metric });
}

/**
 * An amount in the account's currency, to the whole unit: an estimate in cents would claim a
 * precision it does not have. Without a currency, the plain number.
 */
export function formatAmount(value: number, locale: string, currency: string | null): string {
  if (!currency) return formatCount(value, locale);
  try {
    return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
  } catch {
    // A code Intl does not know: the number, then the code as the account gave it.
    return `${formatCount(value, locale)} ${currency}`;
  }
}

/** The cost of an incident in words, with what it counts up to and whether it can still grow. */
export function incidentCostText(cost: IncidentCost, context: CostContext): CostText {
  const { t, locale, timeZone, now } = context;
  // An hour today reads as an hour; an older one needs its day.
  const recent = Math.abs(now.getTime() - Date.parse(cost.through)) < DAY_MS;
  const time = formatTime(cost.through, recent ? 'time' : 'day-time', { locale, timeZone });
  const label = cost.final ? t('incidentPage.cost.final', { time }) : t('incidentPage.cost.live', { time });
  const events = missingEventsText(cost.missingEvents, cost.metricName, context, cost.kind);
  // A platform switch: the events moved to the new integration, so they are not priced as a loss.
  if (cost.movedElsewhere) return { label, events, revenue: t('incidentPage.cost.moved') };
  if (!cost.missingRevenue) return { label, events, revenue: null };
  const currency = cost.currency ?? context.accountCurrency;
  const money = rounded(cost.missingRevenue);
  const amount = (value: number) => formatAmount(value, locale, currency);
  const revenue = t('incidentPage.cost.revenue', { estimate: amount(money.estimate), low: amount(money.low), high: amount(money.high) });
  return { label, events, revenue };
}

/** The cost in one sentence, for Home's banner: "So far, through 3:00 PM: about 120 … and about $5,400 …". */
export function costSentence(cost: IncidentCost, context: CostContext): string {
  const text = incidentCostText(cost, context);
  // Moved events are not a second cost to list after "and": they get a sentence of their own.
  if (cost.movedElsewhere) return `${context.t('incidentPage.cost.sentence', { label: text.label, cost: text.events })} ${context.t('incidentPage.cost.moved')}`;
  const parts = text.revenue ? [text.events, text.revenue] : [text.events];
  return context.t('incidentPage.cost.sentence', { label: text.label, cost: formatList(parts, context.locale) });
}
