import { transactionalEligibility, type TransactionalCondition } from '../../shared/domain/transactional';
import type { WizardSession } from '../../shared/domain/wizard';
import type { WizardBuild } from './wizard-build';
import type { WizardData } from './wizard-data';
import { auto, info, manual, step } from './wizard-items';

/** What a transactional appeal ticket must hold (domain §5), each from the operator's input. */
export const APPEAL_FIELDS = ['messageId', 'examples', 'screenshot', 'sendsPerMonth', 'privacyUrl', 'termsUrl'] as const;
export const APPEAL_SUBJECT = 'Transactional appeal';

/** Domain §5 for one flow: the verdict on synced data, then the rest as a checklist and the appeal. */
export function buildTransactional(session: WizardSession, data: WizardData): WizardBuild {
  const flows = data.flows.filter((flow) => !flow.gone && !flow.archived);
  const options = { flowId: flows.map((flow) => ({ value: flow.id, label: flow.name })) };
  const context: Record<string, string> = { account: data.account.name };
  const flow = flows.find((candidate) => candidate.id === session.input.flowId);
  if (!flow) return { context, options, steps: [step('flow', [info('chooseFlow')], true)], causes: [] };

  const metric = data.metrics.find((m) => flow.triggerMetricIds.includes(m.id));
  const eligibility = transactionalEligibility({ triggerType: flow.triggerType, metric: metric ? { integrationCategory: metric.integrationCategory } : null });
  Object.assign(context, { flow: flow.name, verdict: eligibility.verdict });
  const trigger = metric ? `${flow.triggerType ?? ''}: ${metric.name}` : (flow.triggerType ?? '—');
  const condition = (id: TransactionalCondition) => manual(session, 'rules', `condition-${id}`);

  const verdictItem = auto(eligibility.verdict === 'eligible' ? 'eligible' : eligibility.verdict === 'support-only' ? 'supportOnly' : 'notEligible', eligibility.verdict === 'not-eligible' ? 'no' : 'yes', {
    flow: flow.name,
    trigger,
  });
  const appeal = APPEAL_FIELDS.map((field) => auto(`appeal-${field}`, session.input[field] ? 'yes' : 'no', { value: session.input[field] ?? '' }));

  const steps = [
    step('flow', [info('flow', { flow: flow.name, trigger })]),
    step('rules', [verdictItem, info(`reason-${eligibility.reason}`), ...eligibility.conditions.map(condition)]),
    step('suppression', [info('suppressedStillReceive'), info('softBounces'), info('hardBounce'), info('spam')]),
    step(
      'request',
      eligibility.verdict === 'eligible'
        ? [manual(session, 'request', 'openMessage'), manual(session, 'request', 'manualMode'), manual(session, 'request', 'sidebar'), info('pending')]
        : [info('noRequest')],
    ),
    step('appeal', [info('appealSubject', { subject: APPEAL_SUBJECT }), ...appeal]),
  ];
  return { context, options, steps, causes: [] };
}
