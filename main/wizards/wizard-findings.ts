import type { Diagnosis, DiagnosisDetails } from '../../shared/domain/diagnosis';
import { nameKey, type WizardData } from './wizard-data';

/**
 * The findings Home shows, as the wizards read them. They are the detector's `diagnose` over the
 * monitors, stored after each sync: a wizard check with a diagnosis counterpart maps one of these
 * rather than judging the cache again its own way, so the two screens cannot disagree.
 */
export type FindingOf<K extends DiagnosisDetails['kind']> = Diagnosis & { details: Extract<DiagnosisDetails, { kind: K }> };

function isKind<K extends DiagnosisDetails['kind']>(kind: K) {
  return (diagnosis: Diagnosis): diagnosis is FindingOf<K> => diagnosis.details.kind === kind;
}

/** The integration a finding is about (a platform switch: its legacy platform). */
export function findingIntegration(diagnosis: Diagnosis, data: Pick<WizardData, 'metrics'>): string | null {
  const details = diagnosis.details;
  switch (details.kind) {
    case 'onsite-tracking':
      return details.platform;
    case 'platform-switch':
      return details.legacyIntegration;
    case 'no-recent-orders':
      return data.metrics.find((m) => m.id === diagnosis.metricIds[0])?.integrationName ?? null;
    default:
      return details.integration;
  }
}

export function findingOn<K extends DiagnosisDetails['kind']>(data: Pick<WizardData, 'metrics' | 'diagnoses'>, kind: K, integration: string): FindingOf<K> | undefined {
  return data.diagnoses.filter(isKind(kind)).find((d) => nameKey(findingIntegration(d, data)) === nameKey(integration));
}

/** The platform switch Home reports, if any (the first: one account rarely moves twice at once). */
export function platformSwitchFinding(data: Pick<WizardData, 'diagnoses'>): FindingOf<'platform-switch'> | undefined {
  return data.diagnoses.find(isKind('platform-switch'));
}
