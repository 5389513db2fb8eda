import type { WizardSession } from '../../shared/domain/wizard';
import { answerMigration, type MigrationAnswers } from './migration-checks';
import type { WizardBuild } from './wizard-build';
import { integrationNames, type WizardData } from './wizard-data';
import { platformSwitchFinding } from './wizard-findings';
import { auto, info, manual, step } from './wizard-items';

/** Old and new platform: typed by the operator, else the platform switch the detector found. */
export function migrationPlatforms(session: WizardSession, data: WizardData): { legacy: string; next: string } | null {
  const found = platformSwitchFinding(data)?.details;
  const detected = found ? { legacy: found.legacyIntegration, next: found.newIntegration } : null;
  const legacy = session.input.legacyIntegration ?? detected?.legacy;
  const next = session.input.newIntegration ?? detected?.next;
  return legacy && next && legacy !== next ? { legacy, next } : null;
}

/**
 * Step 4: the onsite metrics must be there, and tracking them must work. Home's onsite-tracking
 * finding decides the second half, so the step says what Home says; onsite metrics dropping with
 * orders are not pinned on onsite tracking, here or on Home.
 */
function onsiteItem(a: MigrationAnswers, next: string) {
  const list = (names: string[]) => names.join(', ');
  if (a.onsiteBroken.length > 0) return auto('onsiteBroken', 'no', { next, metrics: list(a.onsiteBroken) });
  const params = { next, present: list(a.onsitePresent), missing: list(a.onsiteMissing), down: list(a.onsiteDown) };
  if (a.onsiteMissing.length > 0) return auto('onsitePresent', 'no', params);
  return auto('onsitePresent', a.onsiteDown.length > 0 ? 'unknown' : 'yes', params);
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
    step('onsite', [onsiteItem(a, next)]),
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
