import type { Diagnosis } from '../../shared/domain/diagnosis';
import type { WizardSession } from '../../shared/domain/wizard';
import { answerTroubleshoot, type TroubleshootAnswers, type TroubleshootTarget } from './troubleshoot-checks';
import { rankCauses } from './troubleshoot-causes';
import type { WizardBuild } from './wizard-build';
import { integrationNames, type WizardData } from './wizard-data';
import { findingIntegration } from './wizard-findings';
import { auto, info, manual, step, yesNo } from './wizard-items';

export const USER_AGENT = 'Klaviyo/1.0';

/** The integration (and metric) a diagnosis is about. */
function diagnosisTarget(diagnosis: Diagnosis, data: WizardData): TroubleshootTarget | null {
  const integration = findingIntegration(diagnosis, data);
  return integration ? { integration, metricId: diagnosis.metricIds[0] ?? null } : null;
}

/** Where the wizard points: the alert's metric, the diagnosis's integration, or the operator's choice. */
export function troubleshootTarget(session: WizardSession, data: WizardData): TroubleshootTarget | null {
  const { alertId, diagnosisKind, integration } = session.input;
  if (alertId) {
    const alert = data.alertById(alertId);
    if (alert?.integrationName) return { integration: alert.integrationName, metricId: alert.metricId };
  }
  if (diagnosisKind) {
    const diagnosis = data.diagnoses.find((d) => d.kind === diagnosisKind);
    const target = diagnosis && diagnosisTarget(diagnosis, data);
    if (target) return target;
  }
  return integration ? { integration, metricId: null } : null;
}

function questionItems(answers: TroubleshootAnswers) {
  const items = [
    auto('otherMetrics', yesNo(answers.otherMetricsDown.length > 0), { metrics: answers.otherMetricsDown.join(', ') }),
    auto('custom', yesNo(answers.custom), { category: answers.category ?? '—' }),
    auto(answers.themeSnippetsPlatform ? 'onsiteOnlyTheme' : 'onsiteOnly', yesNo(answers.onsiteOnly)),
    auto(answers.pluginPlatform ? 'startedCheckoutPlugin' : 'startedCheckout', yesNo(answers.startedCheckoutTracked)),
    auto('platformSwitch', yesNo(answers.platformSwitch !== null), { legacy: answers.platformSwitch?.legacy ?? '', next: answers.platformSwitch?.next ?? '' }),
  ];
  if (answers.platformSwitch) {
    items.push(auto('legacyFlows', yesNo(answers.legacyFlows.length > 0), { flows: answers.legacyFlows.map((f) => `${f.name} (${f.status})`).join(', ') }));
  }
  return items;
}

export function buildTroubleshoot(session: WizardSession, data: WizardData): WizardBuild {
  const target = troubleshootTarget(session, data);
  const options = { integration: integrationNames(data).map((name) => ({ value: name, label: name })) };
  const context: Record<string, string> = { account: data.account.name };
  const alert = session.input.alertId ? data.alertById(session.input.alertId) : undefined;
  if (alert) context.metric = alert.metricName;
  if (!target) return { context, options, steps: [step('target', [info('chooseIntegration')], true)], causes: [] };

  context.integration = target.integration;
  const answers = answerTroubleshoot(data, target);
  const ticks = (id: string, itemIds: string[]) => itemIds.map((itemId) => manual(session, id, itemId));
  const statusLinks = answers.statusPage ? [answers.statusPage] : [];

  const steps = [
    step('target', [
      alert ? info('targetMetric', { integration: target.integration, metric: alert.metricName }) : info('targetIntegration', { integration: target.integration }),
      ...(session.input.testOrderOutcome
        ? [info(session.input.testOrderOutcome === 'no-profile' ? 'testOrderNoProfile' : 'testOrderNoEvent', { email: session.input.email ?? '' })]
        : []),
    ]),
    step('questions', questionItems(answers)),
    step('store', [
      info(answers.statusPage ? 'statusPage' : 'statusPageOther', { integration: target.integration }, statusLinks),
      ...ticks('store', ['maintenance']),
    ]),
    step('integration', ticks('integration', ['enabled', 'settings', 'storeUrl', 'trial', 'reinstalled', 'keys'])),
    step('firewall', [info('userAgent', { userAgent: USER_AGENT }), ...ticks('firewall', ['allowed'])]),
    step('causes', [info('causesIntro')]),
  ];
  return { context, options, steps, causes: rankCauses(answers, target.integration, session.input.testOrderOutcome) };
}
