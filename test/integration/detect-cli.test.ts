import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStoreSeries, localTime } from '../eval/store-series';
import { tempDir } from '../support/temp-dir';

/** End to end: the built `storepulse detect` on a real file, its exit code, stdout and stderr. */
const zone = 'Europe/Paris';
let dir: ReturnType<typeof tempDir> | null = null;
afterEach(() => dir?.remove());

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['out/main/cli.js', 'detect', ...args], { encoding: 'utf8' });
  return { code: child.status, out: child.stdout, err: child.stderr.trimEnd() };
}

describe('detect --replay on a CSV file', () => {
  it('finds the outage of a generated store and explains it', () => {
    dir = tempDir('detect');
    const stop = localTime(zone, '2026-03-02', 14, 30);
    const rows = ['metric,integration,timestamp,count'];
    for (const [seed, metric, rate] of [
      [1, 'Placed Order', 10],
      [2, 'Started Checkout', 25],
    ] as const) {
      const { hours } = generateStoreSeries({ seed, timezone: zone, startDate: '2026-03-02', days: 33, rate, modifiers: [{ from: stop, to: null, factor: 0 }] });
      for (const h of hours) rows.push(`${metric},WooCommerce,${DateTime.fromSeconds(h.start, { zone: 'utc' }).toISO({ suppressMilliseconds: true })},${h.count}`);
    }
    const file = join(dir.path, 'store.csv');
    writeFileSync(file, rows.join('\n'));

    const result = run(['--replay', file, '--timezone', zone]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { alerts: { metric: string; resolvedAt: string | null }[]; diagnoses: { kind: string; metrics: string[] }[] };
    expect(report.alerts.map((a) => [a.metric, a.resolvedAt])).toEqual([
      ['Placed Order', null],
      ['Started Checkout', null],
    ]);
    // Both WooCommerce metrics gone: the integration, and the plugin version (domain.md §3).
    expect(report.diagnoses.map((d) => d.kind).sort()).toEqual(['integration-outage', 'order-status']);
  });

  it('exits 2 on a file that is not there', () => {
    dir = tempDir('detect');
    const result = run(['--replay', join(dir.path, 'missing.csv'), '--timezone', zone]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^storepulse detect: cannot read .*missing\.csv \(ENOENT\)$/);
  });

  it('refuses a file spanning 1970 to 9999 at once, before replaying any hour, and names the flag that raises the limit', () => {
    dir = tempDir('detect');
    const file = join(dir.path, 'long.csv');
    writeFileSync(file, 'metric,integration,timestamp,count\nPlaced Order,Shopify,1970-01-01T00:00:00Z,1\nPlaced Order,Shopify,9999-12-31T23:00:00Z,1\n');
    const result = run(['--replay', file, '--timezone', zone]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^storepulse detect: .*long\.csv: the rows span 8029\.8 years \(1970-01-01T00:00:00Z to 9999-12-31T23:00:00Z\); the replay stops at 5 years, --max-span-years N raises that$/);
  });

  it('refuses a row with an extra cell and a duplicated count column, naming the line or the columns', () => {
    dir = tempDir('detect');
    const extra = join(dir.path, 'extra.csv');
    writeFileSync(extra, 'metric,integration,timestamp,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1\nPlaced Order,Shopify,2026-07-01T14:00:00Z,1,200\n');
    const twice = join(dir.path, 'twice.csv');
    writeFileSync(twice, 'metric,integration,timestamp,count,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1,200\n');
    expect(run(['--replay', extra, '--timezone', zone])).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/extra\.csv: line 3: 5 cells where the header names 4 \(extra: "200"\)$/) });
    expect(run(['--replay', twice, '--timezone', zone])).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/twice\.csv: the header names count twice \(columns 4 and 5\); keep one$/) });
  });
});
