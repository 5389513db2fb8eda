import type { TransactionalCondition } from '../../shared/domain/transactional';
import type { WizardKind } from '../../shared/domain/wizard';
import { CHECKOUT_STEPS } from './test-order-wizard';

/**
 * Every `stepId.itemId` the operator can tick, per wizard. A tick is stored as given, so a key
 * outside this list would only be dead weight in the session (and enough of them once made it
 * too big to load again): `wizards:update` refuses it before anything is written.
 * `test/unit/wizards/wizard-tick-keys.test.ts` holds every manual item the builders show to this.
 */
const keys = (byStep: Record<string, readonly string[]>): ReadonlySet<string> =>
  new Set(Object.entries(byStep).flatMap(([stepId, itemIds]) => itemIds.map((itemId) => `${stepId}.${itemId}`)));

// A Record, so that a new condition fails `tsc` here until it is listed.
const transactionalConditions: Record<TransactionalCondition, true> = {
  'paid-account': true,
  'no-marketing-content': true,
  'disable-store-email': true,
  'per-email': true,
  'manual-mode': true,
  'no-ab-test': true,
  'approval-one-business-day': true,
  'edits-remove-status': true,
  'support-stricter-rules': true,
};

export const wizardTickKeys: Record<WizardKind, ReadonlySet<string>> = {
  troubleshoot: keys({
    store: ['maintenance'],
    integration: ['enabled', 'settings', 'storeUrl', 'trial', 'reinstalled', 'keys'],
    firewall: ['allowed'],
  }),
  migration: keys({
    history: ['migrated'],
    integrate: ['integrated'],
    forms: ['formsToList'],
    flows: ['cloned', 'templates', 'draft'],
    welcome: ['filterAdded'],
    segments: ['segmentsCloned'],
    disable: ['disabled'],
  }),
  transactional: keys({
    rules: Object.keys(transactionalConditions).map((condition) => `condition-${condition}`),
    request: ['openMessage', 'manualMode', 'sidebar'],
  }),
  'test-order': keys({ steps: CHECKOUT_STEPS }),
  // The reconciliation asks for values, never for ticks.
  reconcile: keys({}),
};

export function isWizardTickKey(kind: WizardKind, key: string): boolean {
  return wizardTickKeys[kind].has(key);
}
