import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedIncidentsSchema, type ListedIncident } from '../../../main/cli/listed-incident';
import { demoKeys, withheldActivity } from '../../../main/simulator';
import { designedIncidentLabel, designedIncidents } from '../../support/demo-designed-incidents';
import { tempDir } from '../../support/temp-dir';

/**
 * `storepulse incidents` built, on the demo store: `--demo` replays its whole history through the
 * app's sync, detection and grouping (as `storepulse alerts --demo` does) and lists the incidents;
 * `--data-dir` lists an existing cache without syncing it. The demo at this anchor has two drops
 * the detector can see, each of two metrics beginning in the same hour: the new theme without the
 * onsite snippets (Viewed Product and Added to Cart, ongoing, 30 hours before the anchor) and the
 * platform switch (BigCommerce's Placed Order and Started Checkout, stopped 20 days before). Its
 * 9-hour Shopify outage 240 hours before the anchor is not among them: the Shopify metrics were
 * 10 days old then, short of the 14 days of history a drop alert needs.
 */
const anchor = '2026-12-04T17:10:00Z';
const anchorMs = Date.parse('2026-12-04T17:00:00Z');
const hour = 3_600_000;

function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out/main/cli.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const memberLabels = (incident: ListedIncident) => incident.members.map((member) => `${incident.account} / ${member.metric} (${member.integration})`).sort();
const theme = ['Demo Outdoor Co. / Added to Cart (Shopify)', 'Demo Outdoor Co. / Viewed Product (Shopify)'];
const platformSwitch = ['Demo Outdoor Co. / Placed Order (BigCommerce)', 'Demo Outdoor Co. / Started Checkout (BigCommerce)'];

function byMembers(incidents: readonly ListedIncident[], labels: readonly string[]): ListedIncident {
  const found = incidents.filter((incident) => memberLabels(incident).join('|') === labels.join('|'));
  expect(found, `one incident of ${labels.join(' + ')} among ${JSON.stringify(incidents.map(memberLabels))}`).toHaveLength(1);
  return found[0]!;
}

function expectRange(range: { estimate: number; low: number; high: number }) {
  expect(range.low).toBeGreaterThanOrEqual(0);
  expect(range.low).toBeLessThanOrEqual(range.estimate);
  expect(range.estimate).toBeLessThanOrEqual(range.high);
}

/** The theme drop as the demo must give it, wherever it was listed from. */
function expectThemeIncident(incident: ListedIncident) {
  expect(incident.accountId).toBe('demo-outdoor');
  expect(incident.timezone).toBe('America/New_York');
  expect(incident.state).toBe('ongoing');
  expect(incident.end).toBeNull();
  // Both metrics' first anomalous hour: 30 hours before the anchor, on New York's winter clock.
  expect(incident.start).toBe('2026-12-03T06:00:00-05:00');
  expect(incident.diagnosisKind).toBe('onsite-tracking');
  expect(incident.mute).toBe('none');
  expect(incident.snoozedUntil).toBeNull();
  expect(incident.costFinal).toBe(false);
  expect(['Viewed Product', 'Added to Cart']).toContain(incident.headlineMetric);
  expect(incident.missingEvents.metric).toBe(incident.headlineMetric);
  expectRange(incident.missingEvents);

  // The estimate's range holds what the store really withheld from the headline metric over the
  // hours the cost counts: the simulator's ground truth, drawn on the same seed.
  const headline = incident.members.find((member) => member.metric === incident.headlineMetric)!;
  const truth = withheldActivity(
    { anchor: new Date(anchorMs) },
    { account: demoKeys.outdoor, metric: headline.metricId, fromMs: Date.parse(headline.start), toMs: Date.parse(incident.costThrough) },
  );
  expect(truth.events).toBeGreaterThan(0);
  expect(incident.missingEvents.low).toBeLessThanOrEqual(truth.events);
  expect(incident.missingEvents.high).toBeGreaterThanOrEqual(truth.events);
}

describe('storepulse incidents --demo: the demo replayed, its incidents listed', () => {
  let incidents: ListedIncident[];

  beforeAll(async () => {
    const result = await runCli(['incidents', '--demo', '--json', '--now', anchor]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    incidents = listedIncidentsSchema.parse(JSON.parse(result.out));
  }, 600_000);

  it('groups every designed drop into exactly one incident, and lists nothing else', () => {
    const members = incidents.flatMap(memberLabels).sort();
    expect(members).toEqual(designedIncidents().map(designedIncidentLabel));
    expect(incidents.filter((incident) => incident.account === 'Demo Charity')).toEqual([]);
  });

  it('tells the new theme’s drop of Viewed Product and Added to Cart as one ongoing onsite-tracking incident', () => {
    expectThemeIncident(byMembers(incidents, theme));
  });

  it('tells the platform switch as one incident headed by Placed Order, its orders moved rather than lost', () => {
    const incident = byMembers(incidents, platformSwitch);
    expect(incident.state).toBe('ongoing');
    expect(incident.end).toBeNull();
    expect(incident.start).toBe('2026-11-14T12:00:00-05:00');
    expect(incident.diagnosisKind).toBe('platform-switch');
    expect(incident.headlineMetric).toBe('Placed Order');
    expect(incident.missingEvents.estimate).toBeGreaterThan(0);
    expectRange(incident.missingEvents);
    expect(incident.currency).toBe('USD');
    // The orders now arrive through Shopify: no revenue is put on them.
    expect(incident.movedElsewhere).toBe(true);
    expect(incident.missingRevenue).toBeNull();
  });

  it('has no incident in the Shopify outage 240 h before the anchor: the metrics were too young to judge then', () => {
    const outageStart = anchorMs - 240 * hour;
    expect(incidents.filter((incident) => Math.abs(Date.parse(incident.start) - outageStart) < 12 * hour)).toEqual([]);
  });
});

describe('storepulse incidents: a table, one account, an existing cache', () => {
  const dir = tempDir('cli-incidents');
  /** A cache the app filled: one sync of the demo store at the anchor. */
  const filled = join(dir.path, 'filled');
  beforeAll(async () => {
    const sync = await runCli(['sync', '--db', join(filled, 'cache.sqlite'), '--account', 'demo', '--now', anchor, '--json']);
    expect(sync.code).toBe(0);
  }, 300_000);
  afterAll(() => dir.remove());

  it('prints a table on the account’s clock and in its currency', async () => {
    const result = await runCli(['incidents', '--demo', '--account', 'demo-outdoor', '--now', anchor]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^id +account +state +start +end +metrics +diagnosis +missing events +missing revenue +snoozed$/);
    expect(result.out).toContain('2026-12-03 06:00 EST');
    expect(result.out).toContain('Viewed Product (Shopify)');
    expect(result.out).toContain('onsite-tracking');
    expect(result.out).toContain('moved, not lost');
    expect(result.out).not.toContain('Demo Charity');
  }, 600_000);

  it('lists a cache the app filled, as it is', async () => {
    const result = await runCli(['incidents', '--data-dir', filled, '--account', 'demo-outdoor', '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const incidents = listedIncidentsSchema.parse(JSON.parse(result.out));
    const revenue = 'Demo Outdoor Co. / Placed Order (Shopify)';
    const spam = 'Demo Outdoor Co. / Marked Email as Spam (Klaviyo)';
    expect(incidents.flatMap(memberLabels).sort()).toEqual([...platformSwitch, ...theme, revenue, spam].sort());
    // The revenue drop and the complaints are incidents of their own, each of its kind.
    expect(byMembers(incidents, [revenue])).toMatchObject({ kind: 'value-down', members: [{ kind: 'value-down' }] });
    expect(byMembers(incidents, [spam])).toMatchObject({ kind: 'rise-harmful', members: [{ kind: 'rise-harmful' }] });
    expectThemeIncident(byMembers(incidents, theme));
  });

  it.each([
    [['--data-dir', 'no/such/folder'], /^storepulse incidents: no folder ".*no\/such\/folder"\n$/],
    [['--demo', '--account', 'demo-nowhere', '--now', anchor], /^storepulse incidents: no demo account "demo-nowhere" \(the demo's accounts: demo-outdoor, demo-charity\)\n$/],
  ])('%j exits 2 with one line on stderr', async (args, message) => {
    const result = await runCli(['incidents', ...args]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
  });

  it('refuses a folder without a cache, and leaves it without one', async () => {
    const result = await runCli(['incidents', '--data-dir', dir.path]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(`storepulse incidents: no Storepulse cache in "${dir.path}" (cache.sqlite is missing)\n`);
    expect(existsSync(join(dir.path, 'cache.sqlite'))).toBe(false);
  });

  it('refuses an account the cache does not have, naming those it has', async () => {
    const result = await runCli(['incidents', '--data-dir', filled, '--account', 'acct-unknown']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(`storepulse incidents: no account "acct-unknown" in "${filled}" (its accounts: demo-outdoor, demo-charity)\n`);
  });
});
