import { falseAlarmBudget, type Sensitivity } from '../../shared/domain/sensitivity';

/**
 * The tuning of the detector in one place. Values were chosen with `npm run eval:detection`
 * (synthetic stores plus the NAB taxi series); change them only with that evaluation at hand.
 */

/** Trailing windows (hours) whose dispersion is learnt; alerts use a sensitivity-dependent subset. */
export const DISPERSION_WINDOWS = [1, 2, 3, 6, 12, 24, 48, 72, 168] as const;

/** Hours kept per metric: six weeks, enough for six samples of every hour of the week. */
export const RING_HOURS = 6 * 168;
/** No drop alert before this much history. */
export const MIN_HISTORY_HOURS = 14 * 24;
/** Dispersion is learnt once the baseline has seen a full week. */
export const DISPERSION_MIN_HISTORY_HOURS = 7 * 24;
/** Days whose median ratio is the level. */
export const LEVEL_DAYS = 14;
/** A sync whose watermark is further behind the clock than this is stale, not a drop. */
export const STALE_AFTER_HOURS = 6;
/** Recovery: observed back to this share of expected... */
export const RECOVERY_RATIO = 0.8;
/** ...over at least this many hours (more when volume is low, see `recoveryMinExpected`). */
export const RECOVERY_MIN_HOURS = 3;

/** A metric-month, in hours: the unit of the false-alarm budget. */
export const HOURS_PER_METRIC_MONTH = 730;

/** From this span length on (hours), a span counts as a drop only when at most `maxRatio` of its expected events came in. */
export interface DepthRule {
  fromHours: number;
  maxRatio: number;
}

export interface SensitivityRules {
  /**
   * False alerts per metric-month this sensitivity accepts on a healthy metric (Settings states
   * it in these words). The drop scan's threshold follows from it (`scanThreshold`).
   */
  falseAlarmsPerMetricMonth: number;
  /**
   * How deep a span must be, by its length (ascending; shorter spans than the first are not
   * judged). Short spans ask for a near-total stop: a one-hour blip or a half-empty evening is
   * noise or a change of rhythm far more often than an incident, and a real one shows on the
   * longer spans within hours.
   */
  depth: readonly DepthRule[];
  /** Expected count the recovery window must reach before recovery is judged. */
  recoveryMinExpected: number;
}

/** Low / normal / high: 0.02 / 0.1 / 0.5 false alerts per metric-month. */
export const SENSITIVITY_RULES: Record<Sensitivity, SensitivityRules> = {
  low: {
    falseAlarmsPerMetricMonth: falseAlarmBudget.low,
    depth: [
      { fromHours: 3, maxRatio: 0.2 },
      { fromHours: 6, maxRatio: 0.35 },
      { fromHours: 12, maxRatio: 0.45 },
      { fromHours: 24, maxRatio: 0.5 },
    ],
    recoveryMinExpected: 20,
  },
  normal: {
    falseAlarmsPerMetricMonth: falseAlarmBudget.normal,
    depth: [
      { fromHours: 2, maxRatio: 0.15 },
      { fromHours: 3, maxRatio: 0.3 },
      { fromHours: 6, maxRatio: 0.6 },
      { fromHours: 12, maxRatio: 0.65 },
    ],
    recoveryMinExpected: 20,
  },
  high: {
    falseAlarmsPerMetricMonth: falseAlarmBudget.high,
    depth: [
      { fromHours: 1, maxRatio: 0.2 },
      { fromHours: 2, maxRatio: 0.35 },
      { fromHours: 3, maxRatio: 0.45 },
      { fromHours: 6, maxRatio: 0.65 },
      { fromHours: 12, maxRatio: 0.7 },
      { fromHours: 24, maxRatio: 0.75 },
    ],
    recoveryMinExpected: 12,
  },
};

/** The deepest share a span of `hours` may keep and still count as a drop; -1 when it is too short to judge. */
export function maxRatioFor(rules: Pick<SensitivityRules, 'depth'>, hours: number): number {
  let ratio = -1;
  for (const rule of rules.depth) if (hours >= rule.fromHours) ratio = rule.maxRatio;
  return ratio;
}

/**
 * Evidence (nats) the scan needs beyond ln(1/α), α being the budget per metric-hour. Each hour the
 * scan takes the best of up to a week of spans and of every depth, which is not one test: for a
 * likelihood-ratio scan the chance of crossing c somewhere is about c·e^(-c) rather than e^(-c)
 * (Siegmund's approximation), so the threshold needs about ln c ≈ 2 more nats than a single test.
 * `npm run eval:detection` measures the result on the clean stores (well inside every budget).
 */
export const SCAN_ALLOWANCE = 2;

/** The drop scan's evidence threshold for a sensitivity: ln(hours per metric-month / budget) + allowance. */
export function scanThreshold(rules: Pick<SensitivityRules, 'falseAlarmsPerMetricMonth'>): number {
  return Math.log(HOURS_PER_METRIC_MONTH / rules.falseAlarmsPerMetricMonth) + SCAN_ALLOWANCE;
}

/**
 * On a known holiday or retail day (retail-calendar.ts) the band widens by this much relative
 * variance (a 20% standard deviation) on that day's hours: a holiday's quiet evening is not an
 * outage. Small enough that a full stop still alerts (its evidence saturates at 1 / (α + this),
 * above every threshold).
 */
export const CALENDAR_DISPERSION = 0.04;

/** Baseline fitting constants (see monitor-fit.ts). */
export const FIT = {
  /** Pseudo-events pulling the all-days hour-of-day curve towards flat. */
  curvePrior: 1,
  /** Pseudo-events pulling the weekday / weekend curves towards the all-days one, and day factors towards 1. */
  groupPrior: 5,
  /** Week-to-week relative variance assumed until two weeks of a slot exist. */
  defaultWeekToWeek: 0.02,
} as const;

/** Spike hours (kept out of the baseline): observed above both of these. */
export const SPIKE = { ratio: 1.5, sigmas: 4 } as const;

/** Hours are judged as spikes as they arrive once a week has been seen; earlier ones, at the refits once two weeks are in (monitor-fit.ts). */
export const SPIKE_JUDGED_FROM_HOURS = 168;

/** Whole campaign days, judged after the fact at each shape refit (monitor-spike-days.ts). */
export const SPIKE_DAY = {
  /** Days within this many days either side are the day's reference... */
  neighbourDays: 7,
  /** ...and at least this many usable ones are needed to judge it. */
  minNeighbours: 3,
  /** A day is judged only if its hours outside incidents carry this share of an average day. */
  minDayShare: 0.5,
} as const;

export const SURGE = {
  /** Spike hours this close together belong to one surge. */
  joinHours: 6,
  /** A window this empty is an outage, surge or not: the surge check does not apply. */
  outageRatio: 0.15,
  /** A surge counts only if its surplus reaches this share of a day's expected volume. */
  minShareOfDay: 0.1,
  /** A lull is weighed against the surge's surplus of at most this many hours before its last spike. */
  maxCreditHours: 24,
} as const;

/** A short partial drop whose same hours yesterday were this low too is a change of rhythm (monitor-step.ts). */
export const RHYTHM = { maxWindowHours: 12, yesterdayMaxRatio: 0.8 } as const;

/**
 * A slow decline is not a sudden drop: when the days before a span were already running this far
 * below expected, a span no deeper than `maxStep` below them continues the decline (the trend
 * check's business) rather than starting an incident. An outage is always an incident.
 */
export const GRADUAL = { priorHours: 72, minPriorShortfall: 0.08, maxStep: 0.25 } as const;

/** Dispersion estimation (see monitor-dispersion.ts). */
export const DISPERSION = {
  initial: 0.02,
  /** Pseudo-samples of `initial` blended into each estimate. */
  priorSamples: 3,
  /** Hours of history sampled (the week-long window uses the whole ring). */
  lookbackHours: 28 * 24,
  /** A window teaches dispersion only if its expected count is at least this (Poisson noise dominates below). */
  minExpected: 10,
  min: 0.0005,
  max: 1,
} as const;
