import { describe, expect, it } from 'vitest';
import type { WizardKind, WizardSession } from '../../../shared/domain/wizard';
import { wizardBuilders } from '../../../main/wizards/wizard-registry';
import { isWizardTickKey, wizardTickKeys } from '../../../main/wizards/wizard-tick-keys';
import { demoLike, session, storeData } from './wizard-fixtures';

/** The registry of tick keys and the builders must agree: every manual item shown can be ticked. */
const data = storeData(demoLike);
const sessions: [WizardKind, WizardSession['input']][] = [
  ['troubleshoot', { integration: 'Shopify' }],
  ['troubleshoot', { integration: 'BigCommerce' }],
  ['migration', { legacyIntegration: 'BigCommerce', newIntegration: 'Shopify' }],
  ...data.flows.map((flow): [WizardKind, WizardSession['input']] => ['transactional', { flowId: flow.id }]),
  ...data.flows.map((flow): [WizardKind, WizardSession['input']] => ['transactional', { flowId: flow.id, purposeAnswer: { flowId: flow.id, purpose: 'transactional' } }]),
  ['test-order', { platform: 'Shopify', email: 'me@example.com' }],
  ['reconcile', {}],
];

describe('wizard tick keys', () => {
  it('list every manual item each wizard shows', () => {
    const shown = new Set<string>();
    for (const [kind, input] of sessions) {
      for (const step of wizardBuilders[kind](session(kind, input), data).steps) {
        for (const item of step.items.filter((i) => i.source === 'manual')) {
          const key = `${step.id}.${item.id}`;
          shown.add(key);
          expect(isWizardTickKey(kind, key), `${kind}: ${key}`).toBe(true);
        }
      }
    }
    // The sessions above reach the manual items of every wizard but the reconciliation (none).
    for (const kind of ['troubleshoot', 'migration', 'test-order'] as const) expect([...wizardTickKeys[kind]].every((key) => shown.has(key)), kind).toBe(true);
    expect(wizardTickKeys.reconcile.size).toBe(0);
  });

  it('refuse keys of another wizard and made-up ones', () => {
    expect(isWizardTickKey('test-order', 'steps.visitSite')).toBe(true);
    expect(isWizardTickKey('test-order', 'integration.enabled')).toBe(false);
    expect(isWizardTickKey('migration', 'made.up')).toBe(false);
    expect(isWizardTickKey('migration', 'toString')).toBe(false);
  });
});
