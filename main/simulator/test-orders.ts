import { z } from 'zod';
import type { ExtraEvent } from './aggregate';
import { alphanumericId, hash32, ulidLikeId, uuidLike } from './prng';
import type { SimAccount, SimEvent, SimProfile, World } from './world';

/**
 * Test orders (domain §3): the operator places an order and checks that a profile and a Placed
 * Order event show up. Integrations take 30-60 minutes to sync, so an order becomes visible only
 * `delayMs` of the simulator's clock after it was placed; a test drives that clock instead of
 * sleeping. Everything visible is derived from the clock, so nothing needs a timer.
 */
export const testOrderInputSchema = z.strictObject({
  accountKey: z.string().min(1).optional(),
  email: z.email(),
  value: z.number().nonnegative().finite().optional(),
  delayMs: z.number().int().nonnegative().optional(),
});
export type TestOrderInput = z.infer<typeof testOrderInputSchema>;

interface TestOrder {
  readonly accountId: string;
  readonly metricId: string;
  readonly email: string;
  readonly value: number;
  readonly placedMs: number;
  /** `Infinity` when the scenario never delivers (the failure path). */
  readonly deliverMs: number;
  readonly number: number;
}

/** A profile as it looks now: its latest visible event, and `updatedMs` moved up to it. */
export interface VisibleProfile extends SimProfile {
  readonly lastEventMs: number | null;
}

/** What an account shows at one instant: scenario profiles and events plus delivered test orders. */
export interface AccountActivity {
  readonly profiles: readonly VisibleProfile[];
  readonly events: readonly SimEvent[];
  /** Delivered test-order events, per metric id, for the aggregates. */
  readonly extraEvents: ReadonlyMap<string, readonly ExtraEvent[]>;
}

const catalogue = ['Trail Runner 30L Backpack', 'Merino Hiking Socks', 'Ridge 2P Tent', 'Camp Mug', 'Headlamp 300', 'Rain Shell Jacket'];
const defaultOrderValue = 54;

export interface TestOrderBook {
  place(account: SimAccount, input: TestOrderInput, nowMs: number): { deliverMs: number };
  activity(account: SimAccount, nowMs: number): AccountActivity;
}

export function createTestOrderBook(world: World, options: { defaultDelayMs: number; neverDeliver: boolean }): TestOrderBook {
  const orders: TestOrder[] = [];
  const seed = world.seed;

  const orderEvent = (order: TestOrder, profileId: string): SimEvent => {
    const first = hash32(seed, 'test-order-items', order.number) % catalogue.length;
    const itemNames = [catalogue[first] ?? 'Gift Card'];
    if (hash32(seed, 'test-order-second-item', order.number) % 2 === 0) itemNames.push(catalogue[(first + 1) % catalogue.length] ?? 'Gift Card');
    return {
      id: alphanumericId(12, seed, 'test-order-event', order.number),
      uuid: uuidLike(seed, 'test-order-event', order.number),
      metricId: order.metricId,
      profileId,
      timeMs: order.placedMs,
      // `$value` is where Klaviyo keeps an event's value (the key the client reads); the order id
      // and items are integration-specific names, as Shopify's Placed Order has them.
      properties: { $value: order.value, OrderId: `TEST-${1000 + order.number}`, ItemNames: itemNames },
    };
  };

  return {
    place(account, input, nowMs) {
      if (account.testOrderMetricId === null) {
        throw new Error(`Account "${account.name}" has no metric that records test orders`);
      }
      const delayMs = input.delayMs ?? options.defaultDelayMs;
      const order: TestOrder = {
        accountId: account.id,
        metricId: account.testOrderMetricId,
        email: input.email,
        value: input.value ?? defaultOrderValue,
        placedMs: nowMs,
        deliverMs: options.neverDeliver ? Infinity : nowMs + delayMs,
        number: orders.length + 1,
      };
      orders.push(order);
      return { deliverMs: order.deliverMs };
    },

    activity(account, nowMs) {
      const profiles = [...account.profiles];
      const idByEmail = new Map(profiles.map((profile) => [profile.email.toLowerCase(), profile.id]));
      const events = account.events.filter((event) => event.timeMs <= nowMs);
      const extraEvents = new Map<string, ExtraEvent[]>();

      for (const order of orders) {
        if (order.accountId !== account.id || order.deliverMs > nowMs) continue;
        const email = order.email.toLowerCase();
        let profileId = idByEmail.get(email);
        if (profileId === undefined) {
          profileId = ulidLikeId(seed, 'profile', account.id, email);
          idByEmail.set(email, profileId);
          profiles.push({
            id: profileId,
            email: order.email,
            firstName: null,
            lastName: null,
            phoneNumber: null,
            externalId: null,
            city: null,
            region: null,
            country: null,
            createdMs: order.deliverMs,
            updatedMs: order.deliverMs,
            properties: {},
          });
        }
        events.push(orderEvent(order, profileId));
        const extras = extraEvents.get(order.metricId) ?? [];
        extras.push({ timeMs: order.placedMs, value: order.value });
        extraEvents.set(order.metricId, extras);
      }

      const lastEventMs = new Map<string, number>();
      for (const event of events) lastEventMs.set(event.profileId, Math.max(lastEventMs.get(event.profileId) ?? -Infinity, event.timeMs));
      const visible = profiles.map((profile): VisibleProfile => {
        const last = lastEventMs.get(profile.id) ?? null;
        return { ...profile, lastEventMs: last, updatedMs: Math.max(profile.updatedMs, last ?? -Infinity) };
      });
      return { profiles: visible, events, extraEvents };
    },
  };
}
