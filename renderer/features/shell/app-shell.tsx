import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import iconUrl from '../../../resources/icon.svg';
import { routes, type Route } from '../../../shared/domain/navigation';
import { useRouter } from '../../lib/router-store';
import { AccountSwitcher } from '../accounts/account-switcher';
import { selectCurrentAccount, useAccounts } from '../accounts/accounts-store';
import { useSettings } from '../settings/settings-store';
import { SyncStatusLine } from '../sync/sync-status-line';
import { HomeScreen } from '../home/home-screen';
import { NotificationBell } from '../notifications/notification-bell';
import { SettingsScreen } from '../settings/settings-screen';

// Home is in the first bundle; the other screens, and the charting library only they use, load
// when first opened, so the app's first paint does not wait on code it does not show.
const MetricsScreen = lazy(() => import('../metrics/metrics-screen').then((module) => ({ default: module.MetricsScreen })));
const FlowsScreen = lazy(() => import('../flows/flows-screen').then((module) => ({ default: module.FlowsScreen })));
const WizardsScreen = lazy(() => import('../wizards/wizards-screen').then((module) => ({ default: module.WizardsScreen })));

const screens: Record<Route, ComponentType> = {
  home: HomeScreen,
  metrics: MetricsScreen,
  flows: FlowsScreen,
  wizards: WizardsScreen,
  settings: SettingsScreen,
};

export function AppShell() {
  const { t } = useTranslation();
  const route = useRouter((state) => state.route);
  const navigate = useRouter((state) => state.navigate);
  const CurrentScreen = screens[route];
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
        {current ? <SyncStatusLine accountId={current.id} /> : null}
      </aside>
      <main className="shell__content" id="content">
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CurrentScreen />
        </Suspense>
      </main>
    </div>
  );
}
