import type { RankedCause, WizardSession, WizardStep } from '../../shared/domain/wizard';
import type { WizardData } from './wizard-data';

/** What one wizard makes of a session and the cache: the view minus the session itself. */
export interface WizardBuild {
  context: Record<string, string>;
  options: Record<string, { value: string; label: string }[]>;
  steps: WizardStep[];
  causes: RankedCause[];
}

export type WizardBuilder = (session: WizardSession, data: WizardData) => WizardBuild;
