import { diagnosisKindSchema } from '../../../shared/domain/diagnosis';
import type { WizardKind, WizardOrigin } from '../../../shared/domain/wizard';

/** The Flows screen opens transactional eligibility on one flow: its focus id names the flow. */
const transactionalPrefix = 'transactional-flow:';
export const transactionalFocus = (flowId: string) => `${transactionalPrefix}${flowId}`;

/**
 * What another screen asked for when it opened this one: Home's "Troubleshoot" sends an alert id,
 * a diagnosis card sends its kind. A platform switch opens the migration checklist; "no recent
 * orders" the test order (one order makes that warning go away); a flow whose emails' purpose is
 * unknown, transactional eligibility on that flow; any other finding, or an alert, troubleshooting.
 */
export function wizardForFocus(focusId: string): { kind: WizardKind; origin: WizardOrigin } {
  if (focusId.startsWith(transactionalPrefix)) return { kind: 'transactional', origin: { flowId: focusId.slice(transactionalPrefix.length) } };
  const diagnosis = diagnosisKindSchema.safeParse(focusId);
  if (diagnosis.success) {
    const kind = diagnosis.data === 'platform-switch' ? 'migration' : diagnosis.data === 'no-recent-orders' ? 'test-order' : 'troubleshoot';
    return { kind, origin: { diagnosisKind: diagnosis.data } };
  }
  return { kind: 'troubleshoot', origin: { alertId: focusId } };
}
