import { diagnosisKindSchema } from '../../../shared/domain/diagnosis';
import type { WizardKind, WizardOrigin } from '../../../shared/domain/wizard';

/**
 * What another screen asked for when it opened this one: Home's "Troubleshoot" sends an alert id,
 * a diagnosis card sends its kind. A platform switch opens the migration checklist; any other
 * finding, or an alert, opens troubleshooting.
 */
export function wizardForFocus(focusId: string): { kind: WizardKind; origin: WizardOrigin } {
  const diagnosis = diagnosisKindSchema.safeParse(focusId);
  if (diagnosis.success) {
    return { kind: diagnosis.data === 'platform-switch' ? 'migration' : 'troubleshoot', origin: { diagnosisKind: diagnosis.data } };
  }
  return { kind: 'troubleshoot', origin: { alertId: focusId } };
}
