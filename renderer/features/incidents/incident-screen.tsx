import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { Metric } from '../../../shared/domain/metric';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { Screen } from '../../components/screen';
import { bridge, unwrap } from '../../lib/bridge';
import { computerTimeZone } from '../../lib/format';
import { useRouter } from '../../lib/router-state';
import { useLoad } from '../../lib/use-load';
import { useAccounts } from '../accounts/accounts-state';
import { useNow } from '../home/use-now';
import { IncidentActions } from './incident-actions';
import { IncidentCost } from './incident-cost';
import { IncidentDiagnosis } from './incident-diagnosis';
import { IncidentFlows } from './incident-flows';
import { IncidentMemberChart } from './incident-member-chart';
import { headlineMember, incidentFacts, incidentStatusText, incidentTitle, moreMetricsText } from './incident-text';
import { IncidentTimeline } from './incident-timeline';
import { useIncident } from './use-incident';
import '../metrics/metrics.css';
import './incident-page.css';

/**
 * The incident page: one incident told whole. What dropped and since when, what it cost, the
 * probable cause and its next step, the flows it touches, each metric's hours around it, and what
 * happened to it. Reached from Home's banner, a diagnosis card and the notification centre; the
 * router's focus id names the incident.
 */
export function IncidentScreen() {
  const { t } = useTranslation();
  const focusId = useRouter((state) => state.focusId);
  const navigate = useRouter((state) => state.navigate);
  const lookup = useIncident(focusId);

  const back = (
    <p className="incident-page__back">
      <button type="button" className="button button--small" onClick={() => navigate('home')}>
        <span aria-hidden="true">← </span>
        {t('incidentPage.backHome')}
      </button>
    </p>
  );

  switch (lookup.status) {
    case 'ready':
      return <IncidentView key={lookup.incident.id} incident={lookup.incident} back={back} />;
    case 'loading':
      return (
        <Screen title={t('incidentPage.title')}>
          <p role="status">{t('incidentPage.loading')}</p>
        </Screen>
      );
    case 'not-found':
      return (
        <Screen title={t('incidentPage.title')}>
          <EmptyState icon="?" title={t('incidentPage.notFoundTitle')} body={t('incidentPage.notFoundBody')} />
          {back}
        </Screen>
      );
    case 'error':
      return (
        <Screen title={t('incidentPage.title')}>
          <ErrorNotice messageKey={lookup.errorKey} onRetry={lookup.retry} />
          {back}
        </Screen>
      );
  }
}

function IncidentView({ incident, back }: { incident: Incident; back: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const now = useNow();
  const statusId = useId();
  const account = useAccounts((state) => state.accounts.find((candidate) => candidate.id === incident.accountId));
  const timeZone = account?.timezone ?? computerTimeZone();
  // The account's metrics tell which names need their integration to be unambiguous.
  const { state: metricsState } = useLoad(`metrics:${incident.accountId}`, () => unwrap(bridge().metrics.list({ accountId: incident.accountId })));
  const metrics: Metric[] | null = metricsState.status === 'ready' ? metricsState.value : null;

  const context = { t, locale, timeZone, now, metrics };
  const status = incidentStatusText(incident, context);
  const more = moreMetricsText(incident, context);
  const facts = incidentFacts(incident, context);
  const head = headlineMember(incident);
  // The headline's metric first, then the others in main's order.
  const members = [head, ...incident.members.filter((member) => member !== head)];

  return (
    <Screen title={incidentTitle(incident, context)}>
      <div className="incident-page">
        {back}
        <section className={`incident-section incident-summary incident-summary--${incident.state}`} aria-label={t('incidentPage.title')}>
          <p id={statusId} className="incident-summary__status">
            <span className={`incident-state incident-state--${incident.state}`}>
              <span className="metrics-sr-only">{t('incidentPage.stateLabel')}: </span>
              {status.state}
            </span>
            {status.mute ? <span className="incident-badge incident-badge--muted">{status.mute}</span> : null}
          </p>
          {more ? <p className="incident-summary__more">{more}</p> : null}
          <dl className="incident-facts">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <IncidentActions incident={incident} describedBy={statusId} />
        </section>
        <IncidentCost cost={incident.cost} context={{ t, locale, timeZone, now, accountCurrency: account?.currency ?? null }} />
        <IncidentDiagnosis incident={incident} timeZone={timeZone} metrics={metrics} now={now} />
        <IncidentFlows incident={incident} />
        <section className="incident-members" aria-labelledby={`${statusId}-members`}>
          <h2 id={`${statusId}-members`} className="incident-section__title">
            {t('incidentPage.members.heading')}
          </h2>
          <ul className="incident-members__list">
            {members.map((member) => (
              <IncidentMemberChart key={member.alertId} incident={incident} member={member} headline={member === head} timeZone={timeZone} metrics={metrics} now={now} />
            ))}
          </ul>
        </section>
        <IncidentTimeline events={incident.timeline} timeZone={timeZone} kind={incident.headlineKind} />
      </div>
    </Screen>
  );
}
