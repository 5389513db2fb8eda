import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import iconUrl from '../../../resources/icon.svg';
import { routes, type Route } from '../../../shared/domain/navigation';
import { ScreenErrorBoundary } from '../../components/screen-error-boundary';
import { ToastRegion } from '../../components/toast-region';
import { useRouter } from '../../lib/router-state';
import { AccountSwitcher } from '../accounts/account-switcher';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-state';
import { useSettings } from '../settings/settings-state';
import { SyncStatusLine } from '../sync/sync-status-line';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { HomeScreen } from '../home/home-screen';
import { NotificationBell } from '../notifications/notification-bell';
import { SettingsScreen } from '../settings/settings-screen';

// Home is in the first bundle; the other screens, and the charting library only they use, load
// when first opened, so the app's first paint does not wait on code it does not show.
const eager = (Screen: ComponentType): LazyScreen => ({ Screen, reset: () => {} });
const screens: Record<Route, LazyScreen> = {
  home: eager(HomeScreen),
  metrics: lazyScreen(() => import('../metrics/metrics-screen'), (module) => module.MetricsScreen),
  flows: lazyScreen(() => import('../flows/flows-screen'), (module) => module.FlowsScreen),
  wizards: lazyScreen(() => import('../wizards/wizards-screen'), (module) => module.WizardsScreen),
  settings: eager(SettingsScreen),
  incident: lazyScreen(() => import('../incidents/incident-screen'), (module) => module.IncidentScreen),
};

export function AppShell() {
  const { t } = useTranslation();
  const route = useRouter((state) => state.route);
  const navigate = useRouter((state) => state.navigate);
  const { Screen: CurrentScreen, reset } = screens[route];
  const accounts = useAccounts((state) => state.accounts);
  const lastAccountId = useSettings((state) => state.settings?.lastAccountId);
  const current = selectCurrentAccount(accounts, lastAccountId);

  return (
    <div className="shell">
      <aside className="shell__sidebar">
        <div className="brand">
          <img className="brand__mark" src={iconUrl} alt="" width="28" height="28" />
          <span className="brand__name">{t('app.name')}</span>
          <NotificationBell />
        </div>
        <AccountSwitcher />
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            {routes.map((item) => (
              <li key={item}>
                <button
                  type="button"
                  className="nav__item"
                  aria-current={item === route ? 'page' : undefined}
                  data-route={item}
                  onClick={() => navigate(item)}
                >
                  {t(`nav.${item}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__spacer" />
        {current ? <SyncStatusLine accountId={current.id} timeZone={current.timezone} /> : null}
      </aside>
      <main className="shell__content" id="content">
        <ScreenErrorBoundary resetKey={route} onRetry={reset}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <CurrentScreen />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <ToastRegion />
    </div>
  );
}
