import { flowsTriggeredBy, isAlerted, metricsOf, nameKey, type WizardData } from './wizard-data';
import { findingOn } from './wizard-findings';

/** The automatic checks of the migration checklist (domain §4 steps 3, 4, 6 and 9). */
export interface MigrationAnswers {
  /** Step 3: the new platform's metrics with events in the last day. */
  newSyncing: string[];
  newSilent: string[];
  /** Step 4: the onsite metrics the new platform has (Viewed Product, Active on Site). */
  onsitePresent: string[];
  onsiteMissing: string[];
  /** Home's onsite-tracking finding on the new platform: the metrics it found dropping (empty: none). */
  onsiteBroken: string[];
  /** Onsite metrics of the new platform with an active drop that Home cannot pin on onsite tracking (orders fell too). */
  onsiteDown: string[];
  /** Step 6: flows still triggered by a legacy metric. */
  legacyFlows: { name: string; status: string }[];
  /** Step 9: legacy metrics that still received events in the last day. */
  legacySending: string[];
}

const ONSITE = ['Viewed Product', 'Active on Site'];
const ONSITE_KEYS = ['viewed product', 'added to cart', 'active on site'];

export function answerMigration(data: WizardData, legacy: string, next: string): MigrationAnswers {
  const newMetrics = metricsOf(data, next);
  const legacyMetrics = metricsOf(data, legacy);
  const active = (id: string) => (data.recentCount(id) ?? 0) > 0;
  const present = ONSITE.filter((name) => newMetrics.some((m) => nameKey(m.name) === nameKey(name) && active(m.id)));
  const broken = findingOn(data, 'onsite-tracking', next)?.metricNames ?? [];
  return {
    newSyncing: newMetrics.filter((m) => active(m.id)).map((m) => m.name),
    newSilent: newMetrics.filter((m) => !active(m.id)).map((m) => m.name),
    onsitePresent: present,
    onsiteMissing: ONSITE.filter((name) => !present.includes(name)),
    onsiteBroken: broken,
    onsiteDown: broken.length > 0 ? [] : newMetrics.filter((m) => ONSITE_KEYS.includes(nameKey(m.name)) && isAlerted(data, m.id)).map((m) => m.name),
    legacyFlows: flowsTriggeredBy(data, new Set(legacyMetrics.map((m) => m.id))).map((f) => ({ name: f.name, status: f.status ?? '' })),
    legacySending: legacyMetrics.filter((m) => active(m.id)).map((m) => m.name),
  };
}
