import { spawn } from 'node:child_process';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { replayedEpisodesSchema, type ReplayedEpisode } from '../../../main/cli/demo-replay';
import { designedIncidentLabel, designedIncidents as designed } from '../../support/demo-designed-incidents';

/**
 * The demo store replayed over its whole history by the built `storepulse alerts --demo`: a
 * simulated clock from the store's first day to the anchor, the app's sync and detection into a
 * real SQLite cache. It must raise exactly the scenario's designed incidents, and nothing else:
 * no campaign, sale or holiday may leave a false drop behind it. The anchor puts Black Friday
 * 2026 a week before it, the week whose Fridays the demo's sale email (14 days before the anchor)
 * had made look busy.
 */
const anchor = '2026-12-04T17:10:00Z';

function runAlerts(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out/main/cli.js', 'alerts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Monday to Sunday around Black Friday of the anchor's year, in the account's zone. */
function blackFridayWeek(zone: string): { from: DateTime; to: DateTime } {
  const year = DateTime.fromISO(anchor, { zone }).year;
  const november = DateTime.fromObject({ year, month: 11, day: 1 }, { zone });
  const blackFriday = november.plus({ days: ((4 - november.weekday + 7) % 7) + 22 });
  return { from: blackFriday.startOf('week'), to: blackFriday.endOf('week') };
}

/** The designed incidents as `account / metric (integration)`, sorted. */
const designedIncidents = () => designed().map(designedIncidentLabel);

describe('storepulse alerts --demo: the demo replayed over its whole history', () => {
  it('raises exactly the designed incidents, and nothing in Black Friday week', async () => {
    const result = await runAlerts(['--demo', '--json', '--now', anchor]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const episodes: ReplayedEpisode[] = replayedEpisodesSchema.parse(JSON.parse(result.out));
    const listed = episodes.map((e) => `${e.account} / ${e.metric} (${e.integration}) fired ${e.firedAt}`);

    // Every account was replayed: the designed incidents of both are known, and each appears once.
    expect(designedIncidents()).toEqual([
      'Demo Outdoor Co. / Added to Cart (Shopify)',
      'Demo Outdoor Co. / Marked Email as Spam (Klaviyo)',
      'Demo Outdoor Co. / Placed Order (BigCommerce)',
      'Demo Outdoor Co. / Placed Order (Shopify)',
      'Demo Outdoor Co. / Started Checkout (BigCommerce)',
      'Demo Outdoor Co. / Viewed Product (Shopify)',
    ]);
    expect(listed.map((line) => line.replace(/ fired .*/, '')).sort(), listed.join('\n')).toEqual(designedIncidents());

    // No order episode begins or fires in Black Friday week (BigCommerce's, from its stop three
    // weeks before the anchor, is still open then, as designed).
    for (const episode of episodes.filter((e) => e.metric === 'Placed Order' || e.metric === 'Ordered Product')) {
      const week = blackFridayWeek(episode.timezone);
      for (const moment of [episode.start, episode.firedAt]) {
        const at = DateTime.fromISO(moment);
        expect(at < week.from || at > week.to, `${episode.metric} (${episode.integration}) at ${moment}`).toBe(true);
      }
    }
    // Times are written in the account's zone with its offset (New York is at -05:00 in winter).
    const viewed = episodes.find((e) => e.metric === 'Viewed Product')!;
    expect(viewed.firedAt).toMatch(/^2026-12-0[34]T\d\d:00:00-05:00$/);
    expect(viewed.state).toBe('active');
    expect(viewed.endedAt).toBeNull();
    expect(viewed.percentBelowExpected).toBeGreaterThan(55);
  }, 600_000);
});
