import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSettingSchema, supportedLanguages, themeSchema } from '../../../shared/domain/settings';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { AccountsSection } from '../accounts/accounts-section';
import { DetectionSettingsSection } from './detection-settings-section';
import { LogsSection } from './logs-section';
import { MutedIncidentsSection } from './muted-incidents-section';
import { MutedMetricsSection } from './muted-metrics-section';
import { NotificationSettingsSection } from './notification-settings-section';
import { RecentSyncsSection } from './recent-syncs-section';
import { useSettings } from './settings-state';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, info, errorKey, savedAt, update, load } = useSettings();
  const languageId = useId();
  const themeId = useId();

  if (!settings) {
    return (
      <Screen title={t('settings.title')}>
        {errorKey ? <ErrorNotice messageKey={errorKey} onRetry={() => void load()} /> : <p>{t('app.loading')}</p>}
      </Screen>
    );
  }

  return (
    <Screen title={t('settings.title')}>
      {errorKey ? <ErrorNotice messageKey={errorKey} /> : null}
      <section className="card settings-section" aria-labelledby={`${languageId}-heading`}>
        <h2 id={`${languageId}-heading`}>{t('settings.appearance')}</h2>
        <div className="field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <select
            id={languageId}
            value={settings.language}
            onChange={(event) => {
              const language = languageSettingSchema.parse(event.target.value);
              void update({ language });
            }}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            {supportedLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={themeId}>{t('settings.theme')}</label>
          <select
            id={themeId}
            value={settings.theme}
            onChange={(event) => void update({ theme: themeSchema.parse(event.target.value) })}
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </div>
        {savedAt ? (
          <p className="status-line" role="status">
            {t('settings.saved')}
          </p>
        ) : null}
      </section>
      <DetectionSettingsSection settings={settings} update={(patch) => void update(patch)} />
      <NotificationSettingsSection settings={settings} update={(patch) => void update(patch)} />
      <MutedIncidentsSection />
      <MutedMetricsSection />
      <AccountsSection />
      <RecentSyncsSection />
      <LogsSection />
      <section className="card settings-section">
        <h2>{t('settings.about')}</h2>
        <p>{info ? t('settings.version', { version: info.version }) : null}</p>
      </section>
    </Screen>
  );
}
