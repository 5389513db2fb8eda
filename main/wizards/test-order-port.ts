import type { KlaviyoClient } from '../api/types';
import type { Metric } from '../../shared/domain/metric';
import type { PollObservation } from './test-order-poll';
import type { TestOrderPort } from './wizard-service';

/**
 * The account side of the test-order check. Every Placed Order metric is asked, because the
 * operator may not know which integration records the order (a store mid-migration has two).
 */
export function createTestOrderPort(deps: {
  clientFor(accountId: string): Promise<KlaviyoClient>;
  metrics(accountId: string): Metric[];
  simulate(accountId: string, email: string): Promise<void>;
}): TestOrderPort {
  return {
    async look(accountId, email, since): Promise<PollObservation> {
      const client = await deps.clientFor(accountId);
      const profile = await client.findProfileByEmail(email);
      if (!profile) return { profileFound: false, events: [] };
      const placedOrders = deps.metrics(accountId).filter((metric) => !metric.gone && metric.name.trim().toLowerCase() === 'placed order');
      const events = [];
      for (const metric of placedOrders) {
        for (const event of await client.listEventsForProfile({ profileId: profile.id, metricId: metric.id, since })) {
          if (event.datetime) events.push({ time: event.datetime, value: event.value ?? null });
        }
      }
      return { profileFound: true, events };
    },
    simulate: (accountId, email) => deps.simulate(accountId, email),
  };
}
