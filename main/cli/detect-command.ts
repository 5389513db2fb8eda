import { parseArgs } from 'node:util';
import { sensitivities, sensitivitySchema } from '../../shared/domain/sensitivity';
import { monitorKinds, monitorKindSchema } from '../../shared/domain/monitor-kind';
import { replay, type ReplayResult } from '../detection/replay';
import { parseReplayCsv } from '../detection/replay-csv';
import { DEFAULT_MAX_SPAN_YEARS, replaySpanProblem } from '../detection/replay-span';
import { DateTime } from 'luxon';
import { isValidTimezone, utcStampFromSeconds } from '../../shared/domain/account-time';
import { evidenceSentence } from '../../shared/i18n/evidence-sentence';
import { mainText } from '../alerts/main-text';

/**
 * `storepulse detect --replay FILE --timezone ZONE [--sensitivity low|normal|high]`: replays an
 * hourly CSV through exactly the per-sync code of the app (advance every metric's monitor by the
 * new hour, then diagnose) and prints the alerts and findings as one JSON document. Bad input
 * exits 2 with one line on stderr.
 */
export interface DetectIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

const synopsis = `storepulse detect --replay FILE --timezone ZONE [--sensitivity ${sensitivities.join('|')}] [--kind ${monitorKinds.join('|')}] [--max-span-years N]`;
const usage = `usage: ${synopsis}`;

export const detectUsage = `${synopsis}
  Replays an hourly CSV (header metric,integration,timestamp,count and optionally sum_value;
  timestamps are the UTC start of each hour) through the detector exactly as the app runs it
  after each sync, and prints the alerts and diagnoses as one JSON document. Bad input exits 2
  with one line on stderr.
  --timezone ZONE  the store's IANA time zone (its days and weeks are local)
  --sensitivity    low, normal (default) or high
  --kind           judge every metric as count-down, value-down or rise-harmful; by default the
                   name decides (Bounced Email, Marked Email as Spam, Unsubscribed and Dropped
                   Email rise-harmful, against Received Email when the file has it; any other
                   count-down), plus value-down where sum_value is given
  --max-span-years the longest span of hours replayed, first row to last (default ${DEFAULT_MAX_SPAN_YEARS})`;

export function runDetectCommand(args: string[], io: DetectIo): number {
  const fail = (message: string): number => {
    io.err(`storepulse detect: ${message}`);
    return 2;
  };
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        replay: { type: 'string' },
        timezone: { type: 'string' },
        sensitivity: { type: 'string', default: 'normal' },
        kind: { type: 'string' },
        'max-span-years': { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)} (${usage})`);
  }
  const { replay: file, timezone, sensitivity, kind, 'max-span-years': maxSpanText } = values;
  if (!file) return fail(`--replay FILE is required (${usage})`);
  if (!timezone) return fail(`--timezone ZONE is required (${usage})`);
  if (!isValidTimezone(timezone)) return fail(`unknown time zone "${timezone}" (an IANA name such as Europe/Paris)`);
  const chosen = sensitivitySchema.safeParse(sensitivity);
  if (!chosen.success) return fail(`--sensitivity must be ${spokenList(sensitivities)} (got "${sensitivity}")`);
  const chosenKind = kind === undefined ? undefined : monitorKindSchema.safeParse(kind);
  if (chosenKind && !chosenKind.success) return fail(`--kind must be ${spokenList(monitorKinds)} (got "${kind}")`);
  const maxSpanYears = maxSpanText === undefined ? DEFAULT_MAX_SPAN_YEARS : Number(maxSpanText);
  if (!/^\d+(\.\d+)?$/.test(maxSpanText ?? '0') || !(maxSpanYears > 0)) return fail(`--max-span-years must be a number of years above 0 (got "${maxSpanText}")`);

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return fail(`cannot read ${file} (${reason})`);
  }
  const parsed = parseReplayCsv(text, timezone);
  if (!parsed.ok) return fail(`${file}: ${parsed.error}`);
  // Refused before any hour is replayed: the cost of a replay is its span.
  const spanProblem = replaySpanProblem(parsed.series, maxSpanYears);
  if (spanProblem) return fail(`${file}: ${spanProblem}`);

  if (chosenKind?.data === 'value-down' && !parsed.series.some((s) => s.values)) return fail(`${file}: --kind value-down needs a sum_value column with values`);
  const result = replay(parsed.series, { timezone, sensitivity: chosen.data, ...(chosenKind?.data ? { kind: chosenKind.data } : {}) });
  io.out(JSON.stringify(toJson(result, timezone), null, 2));
  return 0;
}

/** "a, b or c": the accepted values as the error line says them. */
function spokenList(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/**
 * The evidence sentence the app shows, in English, for the fired span; times in the store's zone
 * with its abbreviation, since the JSON is read away from the store's clock.
 */
function evidenceText(alert: ReplayResult['alerts'][number], timezone: string): string {
  const t = mainText('en');
  return evidenceSentence(
    {
      start: utcStampFromSeconds(alert.start),
      through: utcStampFromSeconds(alert.firedAt + 3600),
      hours: (alert.firedAt - alert.start) / 3600 + 1,
      observed: alert.observed,
      expected: alert.expected,
      probability: alert.probability,
      kind: alert.kind,
      ...(alert.againstSends !== undefined ? { againstSends: alert.againstSends } : {}),
    },
    {
      t: (key, options) => t(key, options ?? {}),
      language: 'en',
      timeZone: timezone,
      formatUntil: (iso) => DateTime.fromISO(iso, { zone: timezone }).setLocale('en').toFormat('ccc HH:mm ZZZZ'),
    },
  );
}

function toJson(result: ReplayResult, timezone: string) {
  return {
    alerts: [...result.alerts]
      .sort((a, b) => a.firedAt - b.firedAt || a.integration.localeCompare(b.integration) || a.metric.localeCompare(b.metric) || a.kind.localeCompare(b.kind))
      .map((alert) => ({
        metric: alert.metric,
        integration: alert.integration,
        start: utcStampFromSeconds(alert.start),
        firedAt: utcStampFromSeconds(alert.firedAt),
        resolvedAt: alert.resolvedAt === null ? null : utcStampFromSeconds(alert.resolvedAt),
        // Values (value-down) keep cents; counts a tenth.
        expected: alert.kind === 'value-down' ? Math.round(alert.expected * 100) / 100 : Math.round(alert.expected * 10) / 10,
        observed: alert.observed,
        kind: alert.kind,
        probability: alert.probability,
        evidence: evidenceText(alert, timezone),
      })),
    // Quieter than alerts: a metric that lost much of its volume over weeks, no sudden drop.
    notices: result.notices.map((notice) => ({
      kind: 'trend',
      metric: notice.metric,
      integration: notice.integration,
      at: utcStampFromSeconds(notice.at),
      recentPerHour: notice.recentPerHour,
      earlierPerHour: notice.earlierPerHour,
      percentDown: Math.round((1 - notice.ratio) * 100),
    })),
    diagnoses: result.diagnoses.map((diagnosis) => ({ kind: diagnosis.kind, at: utcStampFromSeconds(diagnosis.at), metrics: diagnosis.metrics })),
  };
}
