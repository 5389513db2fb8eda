import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { AlertFigures } from '../../shared/domain/alert';
import type { Language } from '../../shared/domain/settings';
import type { IncidentNotice } from '../ports';
import type { MainText } from './main-text';

export interface NoticeText {
  title: string;
  body: string;
}

/**
 * The words of an incident's notification in the operator's language: which metric (and how many
 * more), which integration, which account, how deep now (the headline member's own "now" figure,
 * the one every screen shows, labelled as such), since when (in the machine's own time zone, where
 * the operator reads it), and which other metrics are down with it.
 */
export function incidentFiredText(text: MainText, notice: IncidentNotice, language: Language, zone?: string): NoticeText {
  const t = text(language);
  const metric = notice.headlineMetricName;
  const integration = notice.integrationName;
  const others = notice.memberMetricNames.filter((name) => name !== metric);
  const count = others.length;
  const title =
    notice.kind !== 'count-down'
      ? kindTitle(t, notice.kind, metric, integration)
      : count === 0
      ? integration
        ? t('notifications.incidentTitleWithIntegration', { metric, integration })
        : t('notifications.incidentTitle', { metric })
      : integration
        ? t('notifications.incidentTitleMoreWithIntegration', { metric, integration, count })
        : t('notifications.incidentTitleMore', { metric, count });
  const since = DateTime.fromISO(notice.start, { zone: zone ?? 'local' })
    .setLocale(language)
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const facts = { account: notice.accountName, figure: nowFigureText(t, notice.figures, language, notice.kind === 'rise-harmful'), since };
  const body = count === 0 ? t('notifications.incidentBody', facts) : t('notifications.incidentBodyWithMembers', { ...facts, metrics: listText(others, language) });
  return { title, body };
}

/** A value drop's or a harmful rise's title: it never groups, so it names one metric. */
function kindTitle(t: TFunction, kind: 'value-down' | 'rise-harmful', metric: string, integration: string | null): string {
  const base = kind === 'value-down' ? 'notifications.incidentTitleValue' : 'notifications.incidentTitleRise';
  return integration ? t(`${base}WithIntegration`, { metric, integration }) : t(base, { metric });
}

/**
 * The words of a recovery: the metric is back to normal, how long it was down (start to end),
 * and about how many events (orders, for an order metric) and how much revenue it missed: the
 * cost's estimate, rounded to two significant figures since it is one, revenue only when the
 * cost has it and the account's currency is known.
 */
export function incidentResolvedText(text: MainText, notice: IncidentNotice, language: Language): NoticeText {
  const t = text(language);
  const metric = notice.headlineMetricName;
  const count = notice.memberMetricNames.filter((name) => name !== metric).length;
  const title = count === 0 ? t('notifications.recoveredTitle', { metric }) : t('notifications.recoveredTitleMore', { metric, count });
  const end = notice.end ?? notice.cost.through;
  const facts = { account: notice.accountName, duration: durationText(Date.parse(end) - Date.parse(notice.start), language) };
  const quantity = roughly(notice.cost.missingEvents.estimate);
  // A value drop missed no events and a rise's are extra: only a count's recovery counts what it missed.
  if (quantity < 1 || notice.kind !== 'count-down') return { title, body: t('notifications.recoveredBody', facts) };
  const revenue = revenueText(notice, language);
  const noun = isOrderMetric(notice.cost.metricName) ? 'Orders' : 'Events';
  const counted = { ...facts, count: quantity, quantity: new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(quantity) };
  const body =
    revenue === null ? t(`notifications.recoveredBody${noun}`, counted) : t(`notifications.recoveredBody${noun}Revenue`, { ...counted, revenue });
  return { title, body };
}

/**
 * One notification for several incidents of one account told together (a sync can find two
 * unrelated causes at once): how many metrics, where, and which.
 */
export function incidentsFiredSummaryText(text: MainText, notices: readonly IncidentNotice[], language: Language): NoticeText {
  const t = text(language);
  const { account, metrics } = summaryFacts(notices);
  return {
    title: t('desktop.summaryTitle', { count: metrics.length, account }),
    body: t('desktop.summaryBody', { metrics: listText(metrics, language) }),
  };
}

/** One notification for several incidents of one account that resolved together. */
export function incidentsResolvedSummaryText(text: MainText, notices: readonly IncidentNotice[], language: Language): NoticeText {
  const t = text(language);
  const { account, metrics } = summaryFacts(notices);
  return {
    title: t('desktop.recoveredSummaryTitle', { count: metrics.length, account }),
    body: t('desktop.recoveredSummaryBody', { metrics: listText(metrics, language) }),
  };
}

function summaryFacts(notices: readonly IncidentNotice[]): { account: string; metrics: string[] } {
  const first = notices[0];
  if (!first) throw new Error('a summary needs at least one incident');
  return { account: first.accountName, metrics: [...new Set(notices.flatMap((notice) => notice.memberMetricNames))] };
}

/** The live figure as the screens word it; the figure at firing time when there is no live one. */
function nowFigureText(t: TFunction, figures: AlertFigures, language: Language, rise: boolean): string {
  const figure = figures.now ?? figures.fired;
  if (rise && figure.percentBelow < 0) {
    return t('alertFigures.nowAbove', { percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(-figure.percentBelow / 100) });
  }
  if (figure.observed === 0) return t('alertFigures.nowStopped');
  if (figure.percentBelow <= 0) return t('alertFigures.nowAtExpected');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(figure.percentBelow / 100);
  return t('alertFigures.now', { percent });
}

function listText(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * Orders are what a merchant counts on an order metric ("Placed Order", "Fulfilled Order", "Order
 * Completed"); everything else (views, carts, checkouts, donations) is counted as events.
 */
export function isOrderMetric(metricName: string): boolean {
  return /\border\b/i.test(metricName);
}

/** An estimate as it is said: whole, and to two significant figures (41, 2,300), never more precise than it is. */
function roughly(estimate: number): number {
  const whole = Math.round(estimate);
  return whole < 1 ? 0 : Number(whole.toPrecision(2));
}

function revenueText(notice: IncidentNotice, language: Language): string | null {
  const revenue = notice.cost.missingRevenue;
  if (revenue === null || notice.currency === null) return null;
  const amount = roughly(revenue.estimate);
  if (amount < 1) return null;
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency: notice.currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // A currency code Intl does not know: better no amount than one in the wrong money.
    return null;
  }
}

const minuteMs = 60_000;

/**
 * How long it was down, the language's way ("3 hr 20 min", "3 h 20 min", "3 Std. und 20 Min."):
 * minutes under an hour, hours and minutes under a day, days and hours beyond.
 */
export function durationText(ms: number, language: Language): string {
  const minutes = Math.max(0, Math.round(ms / minuteMs));
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts: string[] = [];
  if (minutes >= 24 * 60) {
    const hours = Math.round(minutes / 60);
    parts.push(unit(Math.floor(hours / 24), 'day'));
    if (hours % 24 > 0) parts.push(unit(hours % 24, 'hour'));
  } else if (minutes >= 60) {
    parts.push(unit(Math.floor(minutes / 60), 'hour'));
    if (minutes % 60 > 0) parts.push(unit(minutes % 60, 'minute'));
  } else {
    parts.push(unit(minutes, 'minute'));
  }
  return new Intl.ListFormat(language, { type: 'unit', style: 'narrow' }).format(parts);
}
