import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { detectUsage, runDetectCommand } from '../../../main/cli/detect-command';
import { sensitivities } from '../../../shared/domain/sensitivity';
import { dayHour, HOUR, outage, store, ZONE } from './detection-fixtures';

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDetectCommand(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const iso = (t: number) => DateTime.fromSeconds(t, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");

function csv(series: { metric: string; integration: string; hours: { start: number; count: number }[] }[]): string {
  const rows = series.flatMap((s) => s.hours.map((h) => `${s.metric},${s.integration},${iso(h.start)},${h.count}`));
  // Rows in any order: reversed here on purpose.
  return ['metric,integration,timestamp,count', ...rows.reverse()].join('\n');
}

describe('storepulse detect', () => {
  it('replays a generated store: one alert per metric, resolved when activity returns, one finding', () => {
    const stop = dayHour(40, 11);
    const modifiers = [outage(stop, 10)];
    const file = csv([
      { metric: 'Placed Order', integration: 'Shopify', hours: store({ seed: 1, rate: 15, days: 42, modifiers }) },
      { metric: 'Started Checkout', integration: 'Shopify', hours: store({ seed: 2, rate: 40, days: 42, modifiers }) },
    ]);
    const result = run(['--replay', 'store.csv', '--timezone', ZONE], { 'store.csv': file });
    expect(result).toMatchObject({ code: 0, err: '' });
    const report = JSON.parse(result.out) as { alerts: Record<string, unknown>[]; diagnoses: Record<string, unknown>[] };
    expect(report.alerts).toHaveLength(2);
    for (const alert of report.alerts) {
      expect(alert).toEqual({
        metric: expect.any(String),
        integration: 'Shopify',
        start: iso(stop),
        firedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/),
        resolvedAt: expect.stringMatching(/:00:00Z$/),
        expected: expect.any(Number),
        observed: 0,
        kind: 'count-down',
        probability: expect.any(Number),
        evidence: expect.stringMatching(/^None in the 2 hours to Sat 13:00 EST; on a normal Saturday (morning|afternoon) about \d+ would have come in\. Chance of this with nothing wrong: /),
      });
      expect(alert.probability).toBeLessThan(1e-6);
      expect(Date.parse(alert.firedAt as string) / 1000 - stop).toBeLessThanOrEqual(HOUR);
      expect(Date.parse(alert.resolvedAt as string) / 1000).toBeGreaterThan(stop + 10 * HOUR);
    }
    expect(report.diagnoses).toEqual([{ kind: 'integration-outage', at: iso(stop + HOUR), metrics: ['Placed Order', 'Started Checkout'] }]);
  });

  it('prints empty lists for a quiet, healthy store', () => {
    const file = csv([{ metric: 'Placed Order', integration: 'Shopify', hours: store({ rate: 5, days: 20 }) }]);
    const result = run(['--replay', 'ok.csv', '--timezone', ZONE, '--sensitivity', 'high'], { 'ok.csv': file });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({ alerts: [], notices: [], diagnoses: [] });
  });

  it.each([
    ['no --replay', ['--timezone', ZONE], /--replay FILE is required/],
    ['no --timezone', ['--replay', 'a.csv'], /--timezone ZONE is required/],
    ['an unknown zone', ['--replay', 'a.csv', '--timezone', 'Mars/Olympus'], /unknown time zone "Mars\/Olympus"/],
    ['a bad sensitivity', ['--replay', 'a.csv', '--timezone', ZONE, '--sensitivity', 'max'], /--sensitivity must be low, normal or high/],
    ['an unknown option', ['--replay', 'a.csv', '--timezone', ZONE, '--fast'], /Unknown option '--fast'/],
    ['a missing file', ['--replay', 'nope.csv', '--timezone', ZONE], /cannot read nope.csv \(ENOENT\)/],
    ['an empty file', ['--replay', 'empty.csv', '--timezone', ZONE], /empty.csv: the file is empty/],
    ['a negative count', ['--replay', 'bad.csv', '--timezone', ZONE], /bad.csv: line 2: count is negative/],
    [
      'a span longer than five years',
      ['--replay', 'long.csv', '--timezone', ZONE],
      /long.csv: the rows span 8029.8 years \(1970-01-01T00:00:00Z to 9999-12-31T23:00:00Z\); the replay stops at 5 years, --max-span-years N raises that$/,
    ],
    ['a span over a raised limit', ['--replay', 'six.csv', '--timezone', ZONE, '--max-span-years', '5.5'], /six.csv: the rows span 6 years .* stops at 5.5 years/],
    ['a limit that is not a number', ['--replay', 'a.csv', '--timezone', ZONE, '--max-span-years', 'ten'], /--max-span-years must be a number of years above 0 \(got "ten"\)/],
    ['a limit of zero', ['--replay', 'a.csv', '--timezone', ZONE, '--max-span-years', '0'], /--max-span-years must be a number of years above 0 \(got "0"\)/],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const files = { 'a.csv': 'metric,integration,timestamp,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1', 'empty.csv': '', 'bad.csv': 'metric,integration,timestamp,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,-1',
      'long.csv': 'metric,integration,timestamp,count\nPlaced Order,Shopify,1970-01-01T00:00:00Z,1\nPlaced Order,Shopify,9999-12-31T23:00:00Z,1',
      'six.csv': 'metric,integration,timestamp,count\nPlaced Order,Shopify,2020-01-01T00:00:00Z,1\nPlaced Order,Shopify,2026-01-01T00:00:00Z,1',
    };
    const result = run(args, files);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^storepulse detect: /);
    expect(result.err).toMatch(message);
  });

  it('offers and accepts exactly the sensitivities the settings know', () => {
    expect(detectUsage).toContain(`[--sensitivity ${sensitivities.join('|')}]`);
    for (const sensitivity of sensitivities) {
      const result = run(['--replay', 'empty-hours.csv', '--timezone', ZONE, '--sensitivity', sensitivity], { 'empty-hours.csv': 'metric,integration,timestamp,count\n' });
      expect(result.err).not.toMatch(/--sensitivity must be/);
    }
  });

  it('replays a span over five years when --max-span-years allows it', () => {
    const files = { 'six.csv': 'metric,integration,timestamp,count\nPlaced Order,Shopify,2020-01-01T00:00:00Z,1\nPlaced Order,Shopify,2026-01-01T00:00:00Z,1' };
    const result = run(['--replay', 'six.csv', '--timezone', ZONE, '--max-span-years', '7'], files);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  describe('kinds', () => {
    const file = (rows: string[]) => ['metric,integration,timestamp,count,sum_value', ...rows].join('\n');
    const hours = store({ seed: 4, rate: 10, days: 20 });

    it('refuses an unknown --kind, naming the kinds', () => {
      const result = run(['--replay', 'a.csv', '--timezone', ZONE, '--kind', 'spike'], { 'a.csv': file(['Placed Order,Shopify,2026-01-05T05:00:00Z,1,10']) });
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toBe('storepulse detect: --kind must be count-down, value-down or rise-harmful (got "spike")');
    });

    it('refuses --kind value-down for a file without values', () => {
      const result = run(['--replay', 'a.csv', '--timezone', ZONE, '--kind', 'value-down'], { 'a.csv': file(['Placed Order,Shopify,2026-01-05T05:00:00Z,1,']) });
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toBe('storepulse detect: a.csv: --kind value-down needs a sum_value column with values');
    });

    it('says which line holds a sum_value that is not a number', () => {
      const result = run(['--replay', 'a.csv', '--timezone', ZONE], { 'a.csv': file(['Placed Order,Shopify,2026-01-05T05:00:00Z,1,12.5', 'Placed Order,Shopify,2026-01-05T06:00:00Z,1,lots']) });
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toBe('storepulse detect: a.csv: line 3: sum_value is not a number (sum_value: "lots")');
    });

    it('judges a harmful metric by its rise: its stop is good news, not an alert', () => {
      const stop = dayHour(17, 9);
      const quiet = store({ seed: 4, rate: 10, days: 20, modifiers: [outage(stop, null)] });
      const rows = quiet.map((h) => `Unsubscribed,Klaviyo,${iso(h.start)},${h.count},`);
      const result = run(['--replay', 'u.csv', '--timezone', ZONE], { 'u.csv': file(rows) });
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(JSON.parse(result.out).alerts).toEqual([]);
      // The same series judged as a count, by --kind: the stop alerts.
      const forced = run(['--replay', 'u.csv', '--timezone', ZONE, '--kind', 'count-down'], { 'u.csv': file(rows) });
      expect((JSON.parse(forced.out) as { alerts: { kind: string }[] }).alerts.map((a) => a.kind)).toEqual(['count-down']);
    });

    it('a value drop carries its kind, its values and an evidence sentence about value', () => {
      const from = dayHour(16, 10);
      const rows = hours.map((h) => `Placed Order,Shopify,${iso(h.start)},${h.count},${(h.count * (h.start >= from ? 20 : 80)).toFixed(2)}`);
      const result = run(['--replay', 'v.csv', '--timezone', ZONE], { 'v.csv': file(rows) });
      expect(result).toMatchObject({ code: 0, err: '' });
      const alerts = JSON.parse(result.out).alerts as Record<string, unknown>[];
      expect(alerts.map((a) => a.kind)).toEqual(['value-down']);
      expect(alerts[0]!.evidence).toMatch(/^Value of [\d,]+ in the (hour|\d+ hours) to .+; the same number of events usually brings about [\d,]+\. Chance of this with nothing wrong: /);
    });
  });
});
