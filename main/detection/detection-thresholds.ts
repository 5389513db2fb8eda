import type { Sensitivity } from '../../shared/domain/sensitivity';

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

export interface WindowRule {
  hours: number;
  /** The window alerts only if observed <= maxRatio * expected... */
  maxRatio: number;
}

export interface SensitivityRules {
  windows: readonly WindowRule[];
  /** ...and expected >= minExpected... */
  minExpected: number;
  /**
   * ...and the lower-tail probability of the observed count is at most this times the window's
   * hours. A w-hour window gives about 1/w independent tests per hour, so scaling by w keeps the
   * false-alarm rate of every window length the same.
   */
  maxTailProbabilityPerHour: number;
  /** Expected count the recovery window must reach before recovery is judged. */
  recoveryMinExpected: number;
}

/**
 * Short windows ask for a near-total stop (an outage shows within two hours; a one-hour blip or a
 * half-empty hour does not alert); longer windows accept shallower, sustained drops.
 */
export const SENSITIVITY_RULES: Record<Sensitivity, SensitivityRules> = {
  low: {
    windows: [
      { hours: 3, maxRatio: 0.2 },
      { hours: 6, maxRatio: 0.35 },
      { hours: 12, maxRatio: 0.45 },
      { hours: 24, maxRatio: 0.5 },
      { hours: 48, maxRatio: 0.5 },
      { hours: 72, maxRatio: 0.5 },
      { hours: 168, maxRatio: 0.5 },
    ],
    minExpected: 20,
    maxTailProbabilityPerHour: 5e-10,
    recoveryMinExpected: 20,
  },
  normal: {
    windows: [
      { hours: 2, maxRatio: 0.15 },
      { hours: 3, maxRatio: 0.3 },
      { hours: 6, maxRatio: 0.6 },
      { hours: 12, maxRatio: 0.65 },
      { hours: 24, maxRatio: 0.65 },
      { hours: 48, maxRatio: 0.65 },
      { hours: 72, maxRatio: 0.65 },
      { hours: 168, maxRatio: 0.65 },
    ],
    minExpected: 10,
    maxTailProbabilityPerHour: 5e-8,
    recoveryMinExpected: 20,
  },
  high: {
    windows: [
      { hours: 1, maxRatio: 0.2 },
      { hours: 2, maxRatio: 0.35 },
      { hours: 3, maxRatio: 0.45 },
      { hours: 6, maxRatio: 0.65 },
      { hours: 12, maxRatio: 0.7 },
      { hours: 24, maxRatio: 0.75 },
      { hours: 48, maxRatio: 0.75 },
      { hours: 72, maxRatio: 0.75 },
      { hours: 168, maxRatio: 0.75 },
    ],
    minExpected: 6,
    maxTailProbabilityPerHour: 5e-6,
    recoveryMinExpected: 12,
  },
};

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
} as const;

/** A short partial drop whose same hours yesterday were this low too is a change of rhythm (monitor-step.ts). */
export const RHYTHM = { maxWindowHours: 12, yesterdayMaxRatio: 0.8 } as const;

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
