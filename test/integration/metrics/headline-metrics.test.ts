import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/domain/errors';
import type { HeadlineGroup, Metric } from '../../../shared/domain/metric';
import { composeServices } from '../../../main/compose-services';
import { fakePorts } from '../../support/fake-ports';
import { manualClock } from '../../support/simulator-client';
import { tempDir } from '../../support/temp-dir';

/** Home's headline metrics through the contract, on both demo accounts synced into a real cache. */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('headline metrics of each demo account', () => {
  it('the shop leads with its orders, the charity with its contributions', async () => {
    const dir = tempDir('headlines');
    cleanups.push(() => dir.remove());
    const core = composeServices(fakePorts({ clock: manualClock('2026-11-23T12:10:00Z') }), { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
    cleanups.push(() => core.dispose());
    const call = async <T>(channel: string, input?: unknown): Promise<T> => {
      const result = (await core.dispatch(channel, input)) as Result<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    };
    const headlines = async (accountId: string) => {
      expect((await core.coordinator.sync(accountId)).outcome).toBe('success');
      const metrics = await call<Metric[]>('metrics:list', { accountId });
      const groups = await call<HeadlineGroup[]>('metrics:headlines', { accountId });
      // Every id is one of the account's metrics, carrying the card's name.
      for (const group of groups) for (const id of group.metricIds) expect(metrics.find((m) => m.id === id)?.name).toBe(group.name);
      return groups.map((g) => g.name);
    };

    expect(await headlines('demo-outdoor')).toEqual(['Placed Order', 'Started Checkout', 'Added to Cart', 'Viewed Product']);
    expect(await headlines('demo-charity')).toEqual(['Contribution made', 'Newsletter Signup']);
  }, 120_000);
});
