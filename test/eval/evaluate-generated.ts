import { DateTime } from 'luxon';
import type { Sensitivity } from '../../shared/domain/sensitivity';
import { replay, type ReplayAlert } from '../../main/detection/replay';
import { buildScenarios, type FamilyKind } from './scenarios';
import { quantile, scoreScenario, type DropOutcome } from './scoring';
import { oracleTotals } from './oracle-report';
import { generateStoreSeries } from './store-series';

/** Replays every generated scenario through the CLI's replay and scores it per family. */
export interface FamilyResult {
  family: string;
  kind: FamilyKind;
  series: number;
  drops: DropOutcome[];
  falseAlerts: number;
  repeatAlerts: number;
  metricMonths: number;
  /** Trend notices raised (expected only on the fading stores). */
  trendNotices: number;
}

export interface FamilyRow {
  family: string;
  kind: string;
  series: number;
  drops: number;
  recall: number | null;
  falseAlerts: number;
  repeatAlerts: number;
  falseAlertsPerMetricMonth: number;
  medianDelayHours: number | null;
  p90DelayHours: number | null;
  /** Total delay over the oracle's total, on the drops both caught (oracle-report.ts). */
  oracleRatio: number | null;
}

export interface GeneratedResult {
  families: FamilyResult[];
  /** Drops the recall goal covers: <= 50% left, >= 6 h, >= 5 expected events/hour during the drop. */
  goalDrops: DropOutcome[];
  /** Delays of full outages on stores of >= 15 events/hour (Infinity = never detected). */
  fastOutageDelays: number[];
  falseAlertExamples: string[];
  /** Every labelled drop with the scenario it is in, for the delay-versus-oracle listing. */
  incidents: { scenario: string; outcome: DropOutcome }[];
}

export function evaluateGenerated(seeds: readonly number[], sensitivity: Sensitivity): GeneratedResult {
  const families = new Map<string, FamilyResult>();
  const result: GeneratedResult = { families: [], goalDrops: [], fastOutageDelays: [], falseAlertExamples: [], incidents: [] };
  for (const scenario of buildScenarios(seeds)) {
    const truth = generateStoreSeries(scenario.spec);
    const counts = new Map(truth.hours.map((h) => [h.start, h.count]));
    const { alerts, notices } = replay([{ metric: 'Placed Order', integration: 'Shopify', category: 'ecommerce', counts }], {
      timezone: scenario.spec.timezone,
      sensitivity,
    });
    const outcome = scoreScenario(alerts, scenario.drops, truth);
    const family = families.get(scenario.family) ?? {
      family: scenario.family,
      kind: scenario.kind,
      series: 0,
      drops: [],
      falseAlerts: 0,
      repeatAlerts: 0,
      metricMonths: 0,
      trendNotices: 0,
    };
    family.series += 1;
    family.drops.push(...outcome.drops);
    family.falseAlerts += outcome.falseAlerts.length;
    family.repeatAlerts += outcome.repeatAlerts.length;
    family.metricMonths += outcome.metricMonths;
    family.trendNotices += notices.length;
    families.set(scenario.family, family);
    for (const alert of outcome.falseAlerts) {
      if (result.falseAlertExamples.length < 12) result.falseAlertExamples.push(`${scenario.name}: ${describeAlert(alert, scenario.spec.timezone)}`);
    }
    for (const drop of outcome.drops) {
      result.incidents.push({ scenario: scenario.name, outcome: drop });
      if (drop.drop.remaining <= 0.5 && (drop.durationHours ?? Infinity) >= 6 && drop.expectedPerHour >= 5) result.goalDrops.push(drop);
      if (drop.drop.remaining === 0 && scenario.spec.rate >= 15) result.fastOutageDelays.push(drop.delayHours ?? Infinity);
    }
  }
  result.families = [...families.values()];
  return result;
}

export function familyRow(
  f: Pick<FamilyResult, 'family' | 'series' | 'drops' | 'falseAlerts' | 'repeatAlerts' | 'metricMonths'> & { kind: string },
): FamilyRow {
  const delays = f.drops.filter((d) => d.detected).map((d) => d.delayHours!);
  return {
    family: f.family,
    kind: f.kind,
    series: f.series,
    drops: f.drops.length,
    recall: f.drops.length ? f.drops.filter((d) => d.detected).length / f.drops.length : null,
    falseAlerts: f.falseAlerts,
    repeatAlerts: f.repeatAlerts,
    falseAlertsPerMetricMonth: f.metricMonths > 0 ? f.falseAlerts / f.metricMonths : 0,
    medianDelayHours: quantile(delays, 0.5),
    p90DelayHours: quantile(delays, 0.9),
    oracleRatio: oracleTotals(f.drops).ratio,
  };
}

export function overallRow(families: readonly FamilyResult[]): FamilyRow {
  return familyRow({
    family: 'overall',
    kind: '-',
    series: families.reduce((a, f) => a + f.series, 0),
    drops: families.flatMap((f) => f.drops),
    falseAlerts: families.reduce((a, f) => a + f.falseAlerts, 0),
    repeatAlerts: families.reduce((a, f) => a + f.repeatAlerts, 0),
    metricMonths: families.reduce((a, f) => a + f.metricMonths, 0),
  });
}

export function describeAlert(alert: ReplayAlert, zone: string): string {
  const local = (t: number) => DateTime.fromSeconds(t, { zone }).toFormat('yyyy-MM-dd HH:mm');
  return `start ${local(alert.start)}, fired ${local(alert.firedAt)}, expected ${alert.expected.toFixed(1)}, observed ${alert.observed} (${zone})`;
}
