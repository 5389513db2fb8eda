import type { WizardItem, WizardSession } from '../../shared/domain/wizard';
import { parseSourceCsv, type CsvResult, type SourceDay } from './reconcile-csv';
import { candidateTimezones, compareDay, isTimezone, type DayComparison } from './reconcile-timezones';
import type { WizardBuild } from './wizard-build';
import type { WizardData } from './wizard-data';
import { auto, info, step } from './wizard-items';

type Options = Record<string, { value: string; label: string }[]>;

/** The days to compare: the CSV's when one was given, else the one day typed. */
function sourceDays(session: WizardSession): { days: SourceDay[]; csv: CsvResult | null } {
  const { csv, day, sourceCount, csvCountColumn, csvDateOrder } = session.input;
  if (csv !== undefined) {
    const parsed = parseSourceCsv(csv, { countColumn: csvCountColumn, dateOrder: csvDateOrder });
    return { days: parsed.kind === 'rows' ? parsed.rows : [], csv: parsed };
  }
  return { days: day && sourceCount !== undefined ? [{ day, count: sourceCount }] : [], csv: null };
}

/**
 * What the export needs from the operator: one question with its choices (offered as options of
 * the step, the item only says why it is asked), or the first bad line with its reason (one
 * message per reason, naming the line).
 */
function csvItems(result: CsvResult | null): { items: WizardItem[]; options: Options } {
  if (result === null || result.kind === 'rows') return { items: [], options: {} };
  if (result.kind === 'ask-count') {
    return {
      items: [info('csvAskCount', { columns: result.columns.map((c) => c.label).join(' · ') })],
      options: { csvCountColumn: result.columns.map((c) => ({ value: String(c.column), label: c.label })) },
    };
  }
  if (result.kind === 'ask-date-order') {
    return {
      items: [info('csvAskDateOrder', { sample: result.sample, dayFirst: result.dayFirst, monthFirst: result.monthFirst })],
      options: {
        csvDateOrder: [
          { value: 'day-first', label: result.dayFirst },
          { value: 'month-first', label: result.monthFirst },
        ],
      },
    };
  }
  const id = `csv${result.reason.charAt(0).toUpperCase()}${result.reason.slice(1)}`;
  return { items: [auto(id, 'no', { line: String(result.line), value: result.value })], options: {} };
}

function resultItem(result: DayComparison): WizardItem {
  const params = {
    day: result.day,
    source: String(result.source),
    cached: result.cached === null ? '—' : String(result.cached),
    zone: result.zone ?? '',
    candidates: result.candidates.map((c) => `${c.zone} ${c.count === null ? '—' : c.count}`).join(' · '),
  };
  if (result.verdict === 'match') return auto('dayMatch', 'yes', params);
  if (result.verdict === 'timezone') return auto('dayTimezone', 'no', params);
  return auto(result.verdict === 'not-cached' ? 'dayNotCached' : 'dayUnexplained', 'unknown', params);
}

/** Domain §6: a metric, the source's counts, then the comparison and the timezone advice. */
export function buildReconcile(session: WizardSession, data: WizardData): WizardBuild {
  const metrics = data.metrics.filter((m) => !m.gone);
  const base = {
    metricId: metrics.map((m) => ({ value: m.id, label: m.integrationName ? `${m.name} (${m.integrationName})` : m.name })),
    timezone: candidateTimezones(undefined, data.account.timezone).map((zone) => ({ value: zone, label: zone })),
  };
  const context: Record<string, string> = { account: data.account.name, accountTimezone: data.account.timezone };
  const metric = metrics.find((m) => m.id === session.input.metricId);
  if (!metric) return { context, options: base, steps: [step('metric', [info('chooseMetric')], true)], causes: [] };
  context.metric = base.metricId.find((o) => o.value === metric.id)?.label ?? metric.name;

  const { days, csv } = sourceDays(session);
  const asked = csvItems(csv);
  const options: Options = { ...base, ...asked.options };
  const entered = session.input.timezone;
  const zones = candidateTimezones(entered, data.account.timezone);
  const read = { daily: (start: number) => data.dailyCount(metric.id, start), hourly: (from: number, to: number) => data.hourlySum(metric.id, from, to) };
  const results = days.map((d) => compareDay(d.day, d.count, data.account.timezone, zones, read));
  const explained = results.find((r) => r.verdict === 'timezone');

  const sourceItems = [
    info('enterCounts'),
    ...asked.items,
    ...(entered && !isTimezone(entered) ? [auto('badTimezone', 'no', { zone: entered })] : []),
  ];
  const steps = [
    step('metric', [info('metric', { metric: context.metric })]),
    step('source', sourceItems, days.length === 0),
    step('compare', [info('zones', { zones: zones.join(', ') }), ...results.map(resultItem)]),
    step('verdict', [
      explained
        ? auto('explained', 'yes', { zone: explained.zone ?? '', accountZone: data.account.timezone })
        : results.every((r) => r.verdict === 'match')
          ? auto('allMatch', 'yes')
          : auto('notExplained', 'no'),
      info('timezoneSetting', { accountZone: data.account.timezone }),
      info('initialSync'),
    ]),
  ];
  return { context, options, steps, causes: [] };
}
