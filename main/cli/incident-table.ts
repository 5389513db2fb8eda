import { DateTime } from 'luxon';
import type { EstimateRange } from '../../shared/domain/incident';
import type { ListedIncident } from './listed-incident';

/**
 * `storepulse incidents` as a person reads it: one row per incident, its member metrics one per
 * line, times on the account's clock with its zone named, money in the account's currency.
 */
const locale = 'en-US';

/** "2026-12-03 14:00 EST": the ISO time (already in the account's zone) on that zone's clock. */
function localTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toFormat('yyyy-LL-dd HH:mm ZZZZ');
}

const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

function money(currency: string | null): (value: number) => string {
  if (currency !== null) {
    try {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
      return (value) => format.format(value);
    } catch {
      // A code Intl does not know: the number and the code as the account gives it.
    }
  }
  return (value) => (currency === null ? count.format(value) : `${count.format(value)} ${currency}`);
}

/** "1,234 (1,100–1,400)" */
function range(estimate: EstimateRange, format: (value: number) => string): string {
  return `${format(estimate.estimate)} (${format(estimate.low)}–${format(estimate.high)})`;
}

function snooze(incident: ListedIncident): string {
  if (incident.mute === 'snoozed' && incident.snoozedUntil !== null) return `snoozed until ${localTime(incident.snoozedUntil, incident.timezone)}`;
  if (incident.mute === 'dismissed') return 'dismissed';
  return incident.mute === 'snoozed' ? 'snoozed' : 'no';
}

/** The cells of one incident; a cell may hold several lines. */
function cells(incident: ListedIncident): string[][] {
  const zone = incident.timezone;
  return [
    [incident.id],
    [incident.account],
    [incident.state],
    [localTime(incident.start, zone)],
    [incident.end === null ? 'ongoing' : localTime(incident.end, zone)],
    incident.members.map((member) => kindText(member.kind, member.integration ? `${member.metric} (${member.integration})` : member.metric)),
    [incident.diagnosisKind ?? '—'],
    eventsCell(incident),
    [incident.movedElsewhere ? 'moved, not lost' : incident.missingRevenue === null ? '—' : range(incident.missingRevenue, money(incident.currency))],
    [snooze(incident)],
  ];
}

/** A member as its kind speaks of it: "value of Placed Order (Shopify)", "Marked Email as Spam (rising)". */
function kindText(kind: ListedIncident['kind'], label: string): string {
  if (kind === 'value-down') return `value of ${label}`;
  return kind === 'rise-harmful' ? `${label} (rising)` : label;
}

/** Missing events; a rise's extra events; nothing for a value drop, whose orders came in. */
function eventsCell(incident: ListedIncident): string[] {
  if (incident.kind === 'value-down') return ['—'];
  const events = range(incident.missingEvents, (value) => count.format(value));
  return incident.kind === 'rise-harmful' ? [`${events} extra`, `of ${incident.missingEvents.metric}`] : [events, `of ${incident.missingEvents.metric}`];
}

const header = ['id', 'account', 'state', 'start', 'end', 'metrics', 'diagnosis', 'missing events', 'missing revenue', 'snoozed'];

export function incidentTable(incidents: readonly ListedIncident[], empty: string): string {
  if (incidents.length === 0) return empty;
  const rows = incidents.map(cells);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.flatMap((row) => row[i]!.map((line) => line.length))));
  const line = (texts: readonly string[]) => texts.map((text, i) => text.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines = [line(header), line(widths.map((width) => '-'.repeat(width)))];
  for (const row of rows) {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let l = 0; l < height; l += 1) lines.push(line(row.map((cell) => cell[l] ?? '')));
  }
  return lines.join('\n');
}
