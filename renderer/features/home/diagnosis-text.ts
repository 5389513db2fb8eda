import type { TFunction } from 'i18next';
import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { Metric } from '../../../shared/domain/metric';
import { formatCount, formatDateTime } from '../../lib/format';
import { formatList, formatSince } from './home-format';
import { metricLabel } from './metric-label';

export interface DiagnosisContext {
  t: TFunction;
  locale: string;
  timeZone: string;
  now: Date;
  metrics: readonly Metric[] | null;
}

export interface DiagnosisText {
  title: string;
  /** The evidence in plain words, one sentence each. */
  evidence: string[];
  /** Metrics concerned, named as elsewhere on Home. */
  metrics: string;
  since: string | null;
  /** Where the platform publishes its outages, when the cause may be one. */
  statusPage: { label: string; url: string } | null;
}

/** A probable cause as the operator reads it on a Home card: what was seen and what it means. */
export function diagnosisText(diagnosis: Diagnosis, context: DiagnosisContext): DiagnosisText {
  const { t, locale, timeZone, now, metrics } = context;
  const names = diagnosis.metricIds.map((id, index) => {
    const metric = metrics?.find((candidate) => candidate.id === id);
    return metric ? metricLabel(t, metric, metrics) : (diagnosis.metricNames[index] ?? id);
  });
  const base = {
    metrics: formatList(names, locale),
    since: diagnosis.start ? formatSince(diagnosis.start, now, locale, timeZone) : null,
    statusPage: null,
  };
  const details = diagnosis.details;
  switch (details.kind) {
    case 'onsite-tracking': {
      const evidence = [t('homeScreen.diagnosis.onsiteEvidence', { metrics: base.metrics })];
      if (details.themeSnippets && details.platform) evidence.push(t('homeScreen.diagnosis.onsiteTheme', { platform: details.platform }));
      else evidence.push(t('homeScreen.diagnosis.onsiteScript'));
      return { ...base, title: t('homeScreen.diagnosis.onsiteTitle'), evidence };
    }
    case 'platform-switch': {
      const evidence = [
        t('homeScreen.diagnosis.switchEvidence', { legacy: details.legacyIntegration, next: details.newIntegration }),
        ...details.replacements.map((replacement) =>
          t('homeScreen.diagnosis.switchReplacement', {
            metric: replacement.name,
            legacy: details.legacyIntegration,
            next: details.newIntegration,
          }),
        ),
        diagnosis.flows.length > 0
          ? t('homeScreen.diagnosis.switchFlows', { legacy: details.legacyIntegration, next: details.newIntegration })
          : t('homeScreen.diagnosis.switchNoFlows', { legacy: details.legacyIntegration }),
      ];
      return { ...base, title: t('homeScreen.diagnosis.switchTitle', { legacy: details.legacyIntegration, next: details.newIntegration }), evidence };
    }
    case 'integration-outage': {
      const evidence = details.custom
        ? [t('homeScreen.diagnosis.outageCustom', { integration: details.integration })]
        : [t('homeScreen.diagnosis.outageEvidence', { integration: details.integration }), t('homeScreen.diagnosis.outageChecks')];
      const statusPage = details.statusPage
        ? { label: t('homeScreen.diagnosis.statusPage', { integration: details.integration }), url: details.statusPage }
        : null;
      return { ...base, title: t('homeScreen.diagnosis.outageTitle', { integration: details.integration }), evidence, statusPage };
    }
    case 'order-status': {
      const evidence = [t('homeScreen.diagnosis.orderEvidence', { integration: details.integration })];
      const rule = details.statusRule;
      if (rule) {
        const statuses = formatList(rule.statuses, locale, rule.rule === 'ignored' ? 'conjunction' : 'disjunction');
        evidence.push(
          t(rule.rule === 'ignored' ? 'homeScreen.diagnosis.orderIgnored' : 'homeScreen.diagnosis.orderRequired', {
            platform: rule.platform,
            statuses,
          }),
        );
      }
      if (details.plugin) evidence.push(t('homeScreen.diagnosis.orderPlugin', { integration: details.integration }));
      return { ...base, title: t('homeScreen.diagnosis.orderTitle', { integration: details.integration }), evidence };
    }
    case 'no-recent-orders': {
      const evidence = [
        details.lastEventAt
          ? t('homeScreen.diagnosis.noOrdersSince', {
              date: formatDateTime(details.lastEventAt, locale, timeZone),
              total: formatCount(details.totalEvents, locale),
            })
          : t('homeScreen.diagnosis.noOrdersEver'),
        t('homeScreen.diagnosis.noOrdersTestOrder'),
      ];
      return { ...base, title: t('homeScreen.diagnosis.noOrdersTitle'), evidence };
    }
  }
}
