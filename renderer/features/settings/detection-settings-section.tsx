import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sensitivities, sensitivitySchema, type Sensitivity } from '../../../shared/domain/sensitivity';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { sensitivityBudgetText } from './sensitivity-budget-text';

/** The sync intervals offered, in minutes: frequent enough to catch a drop within the hour, up to daily-ish use. */
const intervals = [5, 10, 15, 30, 60, 120, 240] as const;

/** Recovery times offered, in hours (the setting allows 1 to 48): from "as soon as it is back" to two days. */
const recoveryChoices = [1, 2, 3, 4, 6, 8, 12, 24, 48] as const;

/** A label for every sensitivity: a new one in the schema fails to compile until it is named here. */
const sensitivityLabels = {
  low: 'settings.sensitivityLow',
  normal: 'settings.sensitivityNormal',
  high: 'settings.sensitivityHigh',
} as const satisfies Record<Sensitivity, string>;

export function DetectionSettingsSection({ settings, update }: { settings: Settings; update(patch: SettingsPatch): void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const intervalId = useId();
  const sensitivityId = useId();
  const helpId = useId();
  const recoveryId = useId();
  const recoveryHelpId = useId();
  const offered = intervals.includes(settings.syncIntervalMinutes as (typeof intervals)[number])
    ? intervals
    : [...intervals, settings.syncIntervalMinutes].sort((a, b) => a - b);
  // A value set elsewhere (the command line, a hand-edited file) is shown as it is.
  const recoveryOffered = recoveryChoices.includes(settings.recoveryHours as (typeof recoveryChoices)[number])
    ? recoveryChoices
    : [...recoveryChoices, settings.recoveryHours].sort((a, b) => a - b);
  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.syncAndDetection')}</h2>
      <div className="field">
        <label htmlFor={intervalId}>{t('settings.syncInterval')}</label>
        <select id={intervalId} value={settings.syncIntervalMinutes} onChange={(event) => update({ syncIntervalMinutes: Number(event.target.value) })}>
          {offered.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes % 60 === 0 ? t('settings.hours', { count: minutes / 60 }) : t('settings.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor={sensitivityId}>{t('settings.sensitivity')}</label>
        <select
          id={sensitivityId}
          aria-describedby={helpId}
          value={settings.sensitivity}
          onChange={(event) => update({ sensitivity: sensitivitySchema.parse(event.target.value) })}
        >
          {sensitivities.map((sensitivity) => (
            <option key={sensitivity} value={sensitivity}>
              {t(sensitivityLabels[sensitivity])}
            </option>
          ))}
        </select>
        <p id={helpId} className="field__help" data-testid="sensitivity-budget">
          {sensitivityBudgetText(t, settings.sensitivity, i18n.language)} {t('settings.sensitivityHelp')}
        </p>
      </div>
      <div className="field field--wide">
        <label htmlFor={recoveryId}>{t('incidentSettings.recoveryHours')}</label>
        <select
          id={recoveryId}
          aria-describedby={recoveryHelpId}
          value={settings.recoveryHours}
          onChange={(event) => update({ recoveryHours: Number(event.target.value) })}
        >
          {recoveryOffered.map((hours) => (
            <option key={hours} value={hours}>
              {t('settings.hours', { count: hours })}
            </option>
          ))}
        </select>
        <p id={recoveryHelpId} className="field__help">
          {t('incidentSettings.recoveryHelp')}
        </p>
      </div>
    </section>
  );
}
