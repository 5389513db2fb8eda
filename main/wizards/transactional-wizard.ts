import { transactionalEligibility, type TransactionalCondition, type TransactionalVerdict } from '../../shared/domain/transactional';
import type { ItemState, WizardSession } from '../../shared/domain/wizard';
import type { WizardBuild } from './wizard-build';
import type { WizardData } from './wizard-data';
import { auto, info, manual, step } from './wizard-items';

/** What a transactional appeal ticket must hold (domain §5), each from the operator's input. */
export const APPEAL_FIELDS = ['messageId', 'examples', 'screenshot', 'sendsPerMonth', 'privacyUrl', 'termsUrl'] as const;
export const APPEAL_SUBJECT = 'Transactional appeal';

/** How the verdict reads as a check: a request is open, ruled out, or waits for the operator. */
const verdictState: Record<TransactionalVerdict, Extract<ItemState, 'yes' | 'no' | 'unknown'>> = {
  'can-request': 'yes',
  'support-only': 'yes',
  'keep-marketing': 'no',
  'not-eligible': 'no',
  'needs-answer': 'unknown',
};

/**
 * Domain §5 for one flow: the verdict the Flows screen shows (same function, same words), then the
 * rest as a checklist and the appeal. When the data cannot tell what the email is for, the flow
 * step asks that one question and waits for the answer.
 */
export function buildTransactional(session: WizardSession, data: WizardData): WizardBuild {
  const flows = data.flows.filter((flow) => !flow.gone && !flow.archived);
  const options = { flowId: flows.map((flow) => ({ value: flow.id, label: flow.name })) };
  const context: Record<string, string> = { account: data.account.name };
  const flow = flows.find((candidate) => candidate.id === session.input.flowId);
  if (!flow) return { context, options, steps: [step('flow', [info('chooseFlow')], true)], causes: [] };

  const metric = data.metrics.find((m) => flow.triggerMetricIds.includes(m.id));
  const subject = { triggerType: flow.triggerType, flowName: flow.name, metric: metric ? { name: metric.name, integrationCategory: metric.integrationCategory } : null };
  // An answer counts only for the flow it was given for: choosing another flow asks again.
  const given = session.input.purposeAnswer?.flowId === flow.id ? session.input.purposeAnswer.purpose : undefined;
  const asks = transactionalEligibility(subject).verdict === 'needs-answer';
  const eligibility = transactionalEligibility({ ...subject, answer: given });
  Object.assign(context, { flow: flow.name, verdict: eligibility.verdict, ...(asks ? { asksPurpose: 'yes' } : {}), ...(given ? { purpose: given } : {}) });
  const trigger = metric ? `${flow.triggerType ?? ''}: ${metric.name}` : (flow.triggerType ?? '—');
  const condition = (id: TransactionalCondition) => manual(session, 'rules', `condition-${id}`);
  const appeal = APPEAL_FIELDS.map((field) => auto(`appeal-${field}`, session.input[field] ? 'yes' : 'no', { value: session.input[field] ?? '' }));

  const steps = [
    step('flow', [info('flow', { flow: flow.name, trigger }), ...(asks ? [info('purposeQuestion')] : [])], asks && !given),
    step('rules', [
      auto(`verdict-${eligibility.verdict}`, verdictState[eligibility.verdict]),
      info(`reason-${eligibility.reason}`),
      info(`rule-${eligibility.rule}`),
      ...eligibility.conditions.map(condition),
    ]),
    step('suppression', [info('suppressedStillReceive'), info('softBounces'), info('hardBounce'), info('spam')]),
    step(
      'request',
      eligibility.verdict === 'can-request'
        ? [manual(session, 'request', 'openMessage'), manual(session, 'request', 'manualMode'), manual(session, 'request', 'sidebar'), info('pending')]
        : [info('noRequest')],
    ),
    step('appeal', [info('appealSubject', { subject: APPEAL_SUBJECT }), ...appeal]),
  ];
  return { context, options, steps, causes: [] };
}
