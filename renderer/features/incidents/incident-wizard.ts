import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Incident } from '../../../shared/domain/incident';
import type { WizardKind, WizardOrigin } from '../../../shared/domain/wizard';
import { wizardForFocus } from '../wizards/wizard-focus';
import { headlineMember } from './incident-text';

/** The integration a diagnosis points at, when it names one. */
function diagnosisIntegration(diagnosis: Diagnosis | undefined): string | undefined {
  const details = diagnosis?.details;
  if (!details) return undefined;
  if (details.kind === 'integration-outage' || details.kind === 'order-status') return details.integration;
  if (details.kind === 'platform-switch') return details.newIntegration;
  if (details.kind === 'onsite-tracking') return details.platform ?? undefined;
  return undefined;
}

/**
 * The wizard an incident's diagnosis leads to, as a diagnosis card's does (a platform switch: the
 * migration checklist; no recent orders: a test order; any other cause: troubleshooting), started
 * on what the incident knows: its headline alert and metric, the integration concerned (the test
 * order's platform) and its span. Null when the incident has no diagnosis.
 */
export function incidentWizardStart(incident: Incident, diagnosis: Diagnosis | undefined): { kind: WizardKind; origin: WizardOrigin } | null {
  if (!incident.diagnosisKind) return null;
  const { kind } = wizardForFocus(incident.diagnosisKind);
  const head = headlineMember(incident);
  const integration = diagnosisIntegration(diagnosis) ?? head.integrationName ?? undefined;
  const origin: WizardOrigin = {
    diagnosisKind: incident.diagnosisKind,
    alertId: head.alertId,
    metricId: head.metricId,
    windowStart: incident.start,
    ...(incident.end ? { windowEnd: incident.end } : {}),
    // Troubleshooting points at the integration; a test order asks first for the store's platform.
    ...(integration && kind === 'troubleshoot' ? { integration } : {}),
    ...(integration && kind === 'test-order' ? { platform: integration } : {}),
  };
  return { kind, origin };
}
