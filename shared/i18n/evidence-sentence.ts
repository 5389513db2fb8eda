import type { MonitorKind } from '../domain/monitor-kind';

/**
 * An alert's evidence in plain words, the one wording every surface and the command line use:
 * "Only 3 in the 6 hours to Tue 03:00; on a normal Tuesday night about 41 would have come in.
 * Chance of this with nothing wrong: about 1 in 8,000."
 *
 * The figures are the alert's own "when it fired" span (first anomalous hour to the hour it fired)
 * and the chance the detector computed for that span; this only words them.
 */
export interface EvidenceFacts {
  /** First anomalous hour (ISO, UTC). */
  start: string;
  /** End of the last hour counted when it fired (ISO, UTC). */
  through: string;
  hours: number;
  observed: number;
  expected: number;
  /** Chance of so few (so many, for a rise) with nothing wrong, 0..1. */
  probability: number;
  /** Absent: a count that fell. For `value-down` observed and expected are values. */
  kind?: MonitorKind;
  /** A rise judged against the metric's sends (Received Email) rather than its usual hours. */
  againstSends?: boolean;
  /** The account's currency, for values (ISO 4217); absent: a plain number. */
  currency?: string | null;
}

/** The translate function's shape (i18next's `t`, narrowed to what is used here). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface EvidenceWording {
  t: Translate;
  language: string;
  /** The account's zone: "a Tuesday night" is the store's night. */
  timeZone: string;
  /** How the surface writes a moment ("Tue 03:00", with its zone where that helps). */
  formatUntil: (iso: string) => string;
}

/** Below this, the chance is said to be "less than 1 in a billion". */
const TINY = 1e-9;

export function evidenceSentence(facts: EvidenceFacts, { t, language, timeZone, formatUntil }: EvidenceWording): string {
  const count = facts.hours;
  const until = formatUntil(facts.through);
  const weekday = weekdayOf(facts, language, timeZone);
  let what: string;
  let usual: string;
  if (facts.kind === 'value-down') {
    what = t('evidence.value', { count, until, observed: moneyText(facts.observed, language, facts.currency) });
    usual = t('evidence.usualValue', { expected: moneyText(roughly(facts.expected), language, facts.currency) });
  } else if (facts.kind === 'rise-harmful') {
    what = t('evidence.rise', { count, until, observed: numberText(facts.observed, language) });
    const expected = numberText(roughly(facts.expected), language);
    usual = facts.againstSends ? t('evidence.usualSends', { expected }) : t(usualKey(facts, timeZone), { weekday, expected });
  } else {
    what =
      facts.observed === 0
        ? t('evidence.stopped', { count, until })
        : t('evidence.some', { count, until, observed: numberText(facts.observed, language) });
    usual = t(usualKey(facts, timeZone), { weekday, expected: numberText(roughly(facts.expected), language) });
  }
  const chance = facts.probability < TINY ? t('evidence.chanceTiny') : t('evidence.chance', { odds: numberText(roughly(1 / facts.probability), language) });
  return t('evidence.sentence', { what, usual, chance });
}

/** The span's middle hour names the part of the week it belongs to. */
function middleOf(facts: EvidenceFacts): Date {
  return new Date((Date.parse(facts.start) + Date.parse(facts.through)) / 2);
}

function usualKey(facts: EvidenceFacts, timeZone: string): string {
  if (facts.hours > 30) return 'evidence.usualWeek';
  if (facts.hours > 8) return 'evidence.usualDay';
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(middleOf(facts)));
  if (hour < 6) return 'evidence.usualNight';
  if (hour < 12) return 'evidence.usualMorning';
  if (hour < 18) return 'evidence.usualAfternoon';
  return 'evidence.usualEvening';
}

function weekdayOf(facts: EvidenceFacts, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone }).format(middleOf(facts));
}

/** Two significant figures: the figures are estimates, and "about 8,000" reads as one. */
export function roughly(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value < 1) return Math.round(value * 10) / 10;
  if (value < 10) return Math.round(value);
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function moneyText(value: number, language: string, currency: string | null | undefined): string {
  if (currency) return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

function numberText(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
