import type { TFunction } from 'i18next';
import type { AlertFigure, AlertFigures } from '../../../shared/domain/alert';
import { evidenceSentence } from '../../../shared/i18n/evidence-sentence';
import { formatPercent, formatTime } from '../../lib/format';

export interface FigureContext {
  t: TFunction;
  locale: string;
  /** The account's zone: the firing time is read on the account's clock. */
  timeZone: string;
}

/**
 * An alert's figures in words, as every surface prints them: "now 64% below expected" (live),
 * "was 71% below when it fired at …" (frozen) and the evidence of the fired span ("Only 3 in the
 * 6 hours to …; on a normal Tuesday night about 41 would have come in. Chance …"). The numbers come
 * from main's view model; this only words them, so the same alert reads the same everywhere.
 */
export function alertFigureText(figures: AlertFigures, { t, locale, timeZone }: FigureContext): { now: string | null; fired: string; evidence: string | null } {
  return {
    now: figures.now ? nowText(t, figures.now, locale, figures.kind === 'rise-harmful') : null,
    fired: firedText(t, figures.fired, locale, timeZone),
    evidence: figures.evidence
      ? evidenceSentence(
          {
            ...figures.evidence,
            through: figures.fired.through,
            observed: figures.fired.observed,
            expected: figures.fired.expected,
            ...(figures.kind ? { kind: figures.kind } : {}),
            ...(figures.currency ? { currency: figures.currency } : {}),
          },
          { t: (key, options) => t(key, options ?? {}), language: locale, timeZone, formatUntil: (iso) => formatTime(iso, 'day-time', { locale, timeZone }) },
        )
      : null,
  };
}

const percentOf = (figure: AlertFigure, locale: string) => formatPercent(Math.abs(figure.percentBelow) / 100, locale);

function nowText(t: TFunction, figure: AlertFigure, locale: string, rise = false): string {
  // A metric that went silent says so rather than "100% below", which reads oddly.
  if (figure.observed === 0) return t('alertFigures.nowStopped');
  if (figure.percentBelow < 0 && rise) return t('alertFigures.nowAbove', { percent: percentOf(figure, locale) });
  if (figure.percentBelow <= 0) return t('alertFigures.nowAtExpected');
  return t('alertFigures.now', { percent: percentOf(figure, locale) });
}

function firedText(t: TFunction, figure: AlertFigure, locale: string, timeZone: string): string {
  // Day and time, so the firing moment reads the same on every screen whatever the day today.
  const time = formatTime(figure.through, 'day-time', { locale, timeZone });
  if (figure.observed === 0) return t('alertFigures.firedStopped', { time });
  if (figure.percentBelow < 0) return t('alertFigures.firedAbove', { percent: percentOf(figure, locale), time });
  return t('alertFigures.fired', { percent: percentOf(figure, locale), time });
}

/**
 * One bucket's own reading on a chart (observed against what was expected for that hour or day
 * alone), labelled so it is not mistaken for the alert's figures. Null where nothing was expected.
 */
export function bucketFigureText(t: TFunction, locale: string, interval: 'hour' | 'day', count: number | null, expected: number | null): string | null {
  if (count === null || expected === null || expected <= 0) return null;
  const percent = Math.round((1 - count / expected) * 100) + 0;
  const formatted = formatPercent(Math.abs(percent) / 100, locale);
  if (percent >= 0) return t(interval === 'hour' ? 'alertFigures.hourBelow' : 'alertFigures.dayBelow', { percent: formatted });
  return t(interval === 'hour' ? 'alertFigures.hourAbove' : 'alertFigures.dayAbove', { percent: formatted });
}
