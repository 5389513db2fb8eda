import type { TFunction } from 'i18next';
import { falseAlarmBudget, type Sensitivity } from '../../../shared/domain/sensitivity';

/**
 * The false-alarm budget of a sensitivity in words: "at most about 0.1 false alerts a month: one
 * every 10 months". The budget is the detector's own (shared/domain/sensitivity.ts); a span of two
 * years or more is said in years.
 */
export function sensitivityBudgetText(t: TFunction, sensitivity: Sensitivity, locale: string): string {
  const budget = falseAlarmBudget[sensitivity];
  const months = Math.round(1 / budget);
  const every =
    months >= 24 ? t('settings.budgetEveryYears', { count: Math.round(months / 12) }) : t('settings.budgetEveryMonths', { count: months });
  return t('settings.sensitivityBudget', { budget: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(budget), every });
}
