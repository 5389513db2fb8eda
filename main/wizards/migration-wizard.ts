import type { WizardSession } from '../../shared/domain/wizard';
import { answerMigration } from './migration-checks';
import type { WizardBuild } from './wizard-build';
import { integrationNames, type WizardData } from './wizard-data';
import { auto, info, manual, step } from './wizard-items';

/** Old and new platform: typed by the operator, else the platform switch the detector found. */
export function migrationPlatforms(session: WizardSession, data: WizardData): { legacy: string; next: string } | null {
  const found = data.diagnoses.find((d) => d.details.kind === 'platform-switch')?.details;
  const detected = found?.kind === 'platform-switch' ? { legacy: found.legacyIntegration, next: found.newIntegration } : null;
  const legacy = session.input.legacyIntegration ?? detected?.legacy;
  const next = session.input.newIntegration ?? detected?.next;
  return legacy && next && legacy !== next ? { legacy, next } : null;
}

/** Domain §4: the nine steps, after a first step naming the two platforms. */
export function buildMigration(session: WizardSession, data: WizardData): WizardBuild {
  const names = integrationNames(data).map((name) => ({ value: name, label: name }));
  const options = { legacyIntegration: names, newIntegration: names };
  const context: Record<string, string> = { account: data.account.name };
  const platforms = migrationPlatforms(session, data);
  if (!platforms) return { context, options, steps: [step('platforms', [info('choosePlatforms')], true)], causes: [] };

  const { legacy, next } = platforms;
  Object.assign(context, { legacy, next });
  const a = answerMigration(data, legacy, next);
  const m = (stepId: string, id: string, params: Record<string, string> = {}) => manual(session, stepId, id, params);
  const list = (names: string[]) => names.join(', ');

  const steps = [
    step('platforms', [info('platforms', { legacy, next })]),
    step('history', [m('history', 'migrated'), info('eventsApi')]),
    step('integrate', [m('integrate', 'integrated', { next })]),
    step('syncing', [
      auto('newSyncing', a.newSyncing.length > 0 && a.newSilent.length === 0 ? 'yes' : a.newSyncing.length > 0 ? 'unknown' : 'no', {
        next,
        syncing: list(a.newSyncing),
        silent: list(a.newSilent),
      }),
      info('deleteLegacy', { legacy }),
    ]),
    step('onsite', [auto('onsitePresent', a.onsiteMissing.length === 0 ? 'yes' : 'no', { next, present: list(a.onsitePresent), missing: list(a.onsiteMissing) })]),
    step('forms', [m('forms', 'formsToList', { next })]),
    step('flows', [
      auto('legacyFlows', a.legacyFlows.length === 0 ? 'yes' : 'no', { legacy, count: String(a.legacyFlows.length) }),
      ...a.legacyFlows.map((flow) => info('legacyFlow', { name: flow.name, status: flow.status })),
      m('flows', 'cloned', { next }),
      m('flows', 'templates'),
      m('flows', 'draft'),
    ]),
    step('welcome', [info('welcomeFilter'), m('welcome', 'filterAdded')]),
    step('segments', [m('segments', 'segmentsCloned', { next })]),
    step('disable', [
      auto('legacySilent', a.legacySending.length === 0 ? 'yes' : 'no', { legacy, sending: list(a.legacySending) }),
      m('disable', 'disabled', { legacy }),
    ]),
  ];
  return { context, options, steps, causes: [] };
}
