import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import type { Metric } from '../../../shared/domain/metric';
import { MIN_HOURLY_VOLUME_MAX, muteChoices, type MetricMonitor, type MetricMonitorPatch, type MuteDays } from '../../../shared/domain/metric-monitor';
import { sensitivities, sensitivitySchema } from '../../../shared/domain/sensitivity';
import { ErrorNotice } from '../../components/error-notice';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { formatCount, formatLongDate } from '../../lib/format';
import { numberFormat } from '../../lib/intl-formats';
import { useToasts } from '../../lib/toast-state';
import { useLoad } from '../../lib/use-load';
import { useSettings } from '../settings/settings-state';
import { parseMinHourlyVolume } from './min-hourly-volume';

type Change = Omit<MetricMonitorPatch, 'accountId' | 'metricId'>;

/**
 * "How this metric is watched": its own sensitivity, the hourly volume below which it is judged on
 * whole days, and a mute with its end. Each change is applied by main at once (the metric is judged
 * again from the cache) and confirmed here; a mute offers Undo in a toast.
 */
export function MetricMonitorSection({ account, metric, freshness }: { account: AccountSummary; metric: Metric; freshness: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const sensitivityId = useId();
  const volumeId = useId();
  const volumeHelpId = useId();
  const muteId = useId();
  const showToast = useToasts((state) => state.show);
  const accountSensitivity = useSettings((state) => state.settings?.sensitivity) ?? 'normal';
  const { state, refresh } = useLoad<MetricMonitor>(
    `${account.id}/${metric.id}`,
    () => unwrap(bridge().monitors.get({ accountId: account.id, metricId: metric.id })),
    freshness,
  );
  // What the last change answered, until the next read replaces it.
  const [saved, setSaved] = useState<MetricMonitor | null>(null);
  useEffect(() => setSaved(null), [state]);
  const monitor = saved ?? (state.status === 'ready' ? state.value : null);
  const [volumeDraft, setVolumeDraft] = useState<string | null>(null);
  const [muteDays, setMuteDays] = useState<MuteDays>(1);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  // Folded unless this metric is watched differently from the rest.
  const [open, setOpen] = useState<boolean | null>(null);

  if (state.status === 'error' && !monitor) return <ErrorNotice messageKey={state.errorKey} onRetry={refresh} />;
  if (!monitor) return <p role="status">{t('metricMonitor.loading')}</p>;

  const differs = monitor.sensitivity !== null || monitor.mutedUntil !== null || monitor.minHourlyVolume !== null;
  const date = (iso: string) => formatLongDate(iso, locale, account.timezone);
  const apply = async (change: Change, confirm?: (next: MetricMonitor) => { text: string; undo?: Change }) => {
    setBusy(true);
    setNotice(null);
    try {
      const next = await unwrap(bridge().monitors.set({ accountId: account.id, metricId: metric.id, ...change }));
      setSaved(next);
      const told = confirm?.(next);
      if (told) {
        const undo = told.undo;
        showToast({ message: told.text, ...(undo ? { undo: async () => void (await apply(undo)) } : {}) });
      }
      // A new mute changes no verdict, so main judges nothing again for it: the notice says only what happened.
      const rejudged = change.sensitivity !== undefined || change.minHourlyVolume !== undefined || change.mute === null;
      setNotice({ kind: 'saved', text: rejudged ? t('metricMonitor.saved', { metric: metric.name }) : t('metricMonitor.savedOnly') });
    } catch (error) {
      setNotice({ kind: 'error', text: t(errorMessageKey(error)) });
    } finally {
      setBusy(false);
    }
  };

  const volumeText = volumeDraft ?? (monitor.minHourlyVolume === null ? '' : String(monitor.minHourlyVolume));
  const volume = parseMinHourlyVolume(volumeText);
  const applyVolume = () => {
    if (!volume.ok) return;
    setVolumeDraft(null);
    void apply({ minHourlyVolume: volume.value });
  };
  const level = monitor.hourlyLevel;
  const levelText =
    level === null
      ? t('metricMonitor.levelUnknown')
      : t('metricMonitor.level', { count: level, level: level < 10 ? numberFormat(locale, { maximumFractionDigits: 1 }).format(level) : formatCount(Math.round(level), locale) });

  const badges = [
    monitor.mutedUntil ? t('metricMonitor.mutedBadge') : null,
    monitor.sensitivity ? t('metricMonitor.sensitivityBadge', { sensitivity: t(`metricMonitor.${monitor.sensitivity}`) }) : null,
    monitor.watchedDaily ? t('metricMonitor.dailyBadge') : null,
  ].filter((badge): badge is string => badge !== null);

  return (
    <details className="card metric-monitor" open={open ?? differs} onToggle={(event) => setOpen(event.currentTarget.open)} aria-labelledby={headingId}>
      <summary>
        <span id={headingId} className="metric-monitor__title">
          {t('metricMonitor.heading')}
        </span>
        {badges.map((badge) => (
          <span key={badge} className="metric-monitor__badge">
            {badge}
          </span>
        ))}
      </summary>
      <p className="field__help">{t('metricMonitor.description')}</p>
      <div className="metric-monitor__grid">
        <div className="field">
          <label htmlFor={sensitivityId}>{t('metricMonitor.sensitivity')}</label>
          <select
            id={sensitivityId}
            disabled={busy}
            value={monitor.sensitivity ?? ''}
            onChange={(event) => void apply({ sensitivity: event.target.value === '' ? null : sensitivitySchema.parse(event.target.value) })}
          >
            <option value="">{t('metricMonitor.sensitivityDefault', { sensitivity: t(`metricMonitor.${accountSensitivity}`) })}</option>
            {sensitivities.map((sensitivity) => (
              <option key={sensitivity} value={sensitivity}>
                {t(`metricMonitor.${sensitivity}`)}
              </option>
            ))}
          </select>
        </div>

        <div className="field">
          <label htmlFor={volumeId}>{t('metricMonitor.minVolume')}</label>
          <div className="metric-monitor__row">
            <input
              id={volumeId}
              type="text"
              inputMode="decimal"
              maxLength={12}
              aria-describedby={volumeHelpId}
              aria-invalid={!volume.ok}
              value={volumeText}
              placeholder={t('metricMonitor.watchHourly')}
              onChange={(event) => setVolumeDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') applyVolume();
              }}
            />
            <button type="button" className="button button--small" disabled={busy || !volume.ok || volumeDraft === null} onClick={applyVolume}>
              {t('metricMonitor.apply')}
            </button>
          </div>
          {!volume.ok ? (
            <p className="metric-monitor__error" role="alert">
              {t('metricMonitor.volumeInvalid', { max: formatCount(MIN_HOURLY_VOLUME_MAX, locale) })}
            </p>
          ) : null}
          <p id={volumeHelpId} className="field__help">
            {t('metricMonitor.minVolumeHelp')} {levelText} {monitor.watchedDaily ? t('metricMonitor.watchedDaily') : t('metricMonitor.watchedHourly')}
          </p>
        </div>

        <div className="field">
          {monitor.mutedUntil ? (
            <>
              <p className="metric-monitor__muted">{t('metricMonitor.mutedUntil', { date: date(monitor.mutedUntil) })}</p>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                aria-label={t('metricMonitor.unmuteNamed', { metric: metric.name })}
                onClick={() => void apply({ mute: null }, () => ({ text: t('metricMonitor.unmutedToast', { metric: metric.name }) }))}
              >
                {t('metricMonitor.unmute')}
              </button>
            </>
          ) : (
            <>
              <label htmlFor={muteId}>{t('metricMonitor.muteLabel')}</label>
              <div className="metric-monitor__row">
                <select id={muteId} disabled={busy} value={muteDays} onChange={(event) => setMuteDays(Number(event.target.value) as MuteDays)}>
                  {muteChoices.map((days) => (
                    <option key={days} value={days}>
                      {t('metricMonitor.muteDays', { count: days })}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() =>
                    void apply({ mute: { days: muteDays } }, (next) => ({
                      text: t('metricMonitor.mutedToast', { metric: metric.name, date: next.mutedUntil ? date(next.mutedUntil) : '' }),
                      undo: { mute: null },
                    }))
                  }
                >
                  {t('metricMonitor.mute')}
                </button>
              </div>
            </>
          )}
          <p className="field__help">{t('metricMonitor.muteHelp')}</p>
        </div>
      </div>
      {notice ? (
        <p className={notice.kind === 'error' ? 'metric-monitor__error' : 'metric-monitor__saved'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
    </details>
  );
}
