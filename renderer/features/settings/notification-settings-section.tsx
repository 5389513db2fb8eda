import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

export function NotificationSettingsSection({ settings, update }: { settings: Settings; update(patch: SettingsPatch): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const systemHeadingId = useId();
  const quietHelpId = useId();
  const startId = useId();
  const endId = useId();
  const { quietHours } = settings;
  // A time input can momentarily hold an incomplete value: only a full HH:MM is saved.
  const setQuiet = (patch: Partial<Settings['quietHours']>) => {
    const next = { ...quietHours, ...patch };
    if (clockTime.test(next.start) && clockTime.test(next.end)) update({ quietHours: next });
  };
  return (
    <>
      <section className="card settings-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('settings.notifications')}</h2>
        <label className="check">
          <input type="checkbox" checked={settings.notificationsEnabled} onChange={(event) => update({ notificationsEnabled: event.target.checked })} />
          {t('settings.notificationsEnabled')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.notifyOnRecovery}
            disabled={!settings.notificationsEnabled}
            onChange={(event) => update({ notifyOnRecovery: event.target.checked })}
          />
          {t('incidentSettings.notifyOnRecovery')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={quietHours.enabled}
            disabled={!settings.notificationsEnabled}
            aria-describedby={quietHelpId}
            onChange={(event) => setQuiet({ enabled: event.target.checked })}
          />
          {t('settings.quietHours')}
        </label>
        <div className="field-row">
          <div className="field">
            <label htmlFor={startId}>{t('settings.quietStart')}</label>
            <input id={startId} type="time" value={quietHours.start} disabled={!quietHours.enabled} onChange={(event) => setQuiet({ start: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={endId}>{t('settings.quietEnd')}</label>
            <input id={endId} type="time" value={quietHours.end} disabled={!quietHours.enabled} onChange={(event) => setQuiet({ end: event.target.value })} />
          </div>
        </div>
        <p id={quietHelpId} className="field__help">
          {t('settings.quietHelp')}
        </p>
      </section>
      <section className="card settings-section" aria-labelledby={systemHeadingId}>
        <h2 id={systemHeadingId}>{t('settings.system')}</h2>
        <label className="check">
          <input type="checkbox" checked={settings.launchAtLogin} onChange={(event) => update({ launchAtLogin: event.target.checked })} />
          {t('settings.launchAtLogin')}
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.keepRunningInBackground} onChange={(event) => update({ keepRunningInBackground: event.target.checked })} />
          {t('settings.keepRunning')}
        </label>
      </section>
    </>
  );
}
