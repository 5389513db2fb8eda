import { defaultScenario } from './default-scenario';
import { createHourlyGenerator } from './generator';
import { scenarioSchema, type ScenarioInput } from './scenario-schema';
import { floorToHour, hourMs } from './time';
import { buildWorld, type SimAccount, type SimMetric, type World } from './world';

/** Which metric of which account, over which span. */
export interface WithheldQuery {
  /** The account: its private key, public key or id. */
  readonly account: string;
  /** The metric: its scenario key (`shopify-placed-order`) or its id. */
  readonly metric: string;
  /** Only the UTC hours wholly inside [fromMs, toMs) count. */
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * What the scenario's incidents kept the store from emitting: the ground truth a cost estimate is
 * judged against. An incident on the value per event withholds value and no events; one that
 * raises a count (spam complaints) comes out as negative events.
 */
export interface WithheldActivity {
  readonly events: number;
  /** Sum of the events' values, rounded to cents. */
  readonly value: number;
}

function findAccount(world: World, name: string): SimAccount {
  const account = world.accounts.find((candidate) => candidate.privateKey === name || candidate.source.publicKey === name || candidate.id === name);
  if (!account) throw new Error(`no simulated account "${name}"`);
  return account;
}

function findMetric(account: SimAccount, name: string): SimMetric {
  const metric = account.metrics.find((candidate) => candidate.key === name || candidate.id === name);
  if (!metric) throw new Error(`no metric "${name}" in the simulated account ${account.name}`);
  return metric;
}

/**
 * Events (and their value) the simulator did not emit for a metric because of the scenario's
 * incidents: for each complete hour of the span, what it would have drawn had no incident been
 * declared minus what it drew. Both sides come from the same generator with the same seed and so
 * the same draws; only the incidents' factor on the rate differs. Each hour is taken as it ends
 * up, once every late event has arrived, whatever the clock says: what was withheld is the
 * incidents' doing, not the delivery's. An hour can give back a negative difference (the
 * generator's two Poisson regimes are not coupled), so only spans are meaningful, not hours.
 */
export function withheldFromWorld(world: World, query: WithheldQuery): WithheldActivity {
  const account = findAccount(world, query.account);
  const metric = findMetric(account, query.metric);
  const drawn = createHourlyGenerator(world, account, metric);
  const undisturbed = createHourlyGenerator(world, { ...account, incidents: [] }, metric);
  // A "now" past every hour: each hour complete and every late event in.
  const settled = Infinity;
  let events = 0;
  let value = 0;
  for (let hour = Math.ceil(query.fromMs / hourMs); (hour + 1) * hourMs <= query.toMs; hour += 1) {
    const full = undisturbed(hour, settled);
    const seen = drawn(hour, settled);
    events += full.count - seen.count;
    value += full.sumValue - seen.sumValue;
  }
  // Sums of cents in floating point drift by a few ulps; answer cents.
  return { events, value: Math.round(value * 100) / 100 };
}

/** The store whose data is meant: what `startSimulator` lays its data out from. */
export interface SimulatedStore {
  /** Default: `defaultScenario()`. */
  readonly scenario?: ScenarioInput;
  /** Replaces the scenario's seed. */
  readonly seed?: number;
  /** The data's anchor (floored to the hour), as the simulator took it at start. */
  readonly anchor: Date;
}

/** `withheldFromWorld` for a store described as `startSimulator` is given it, without a server. */
export function withheldActivity(store: SimulatedStore, query: WithheldQuery): WithheldActivity {
  const scenario = scenarioSchema.parse(store.scenario ?? defaultScenario());
  const world = buildWorld({ ...scenario, seed: store.seed ?? scenario.seed }, floorToHour(store.anchor.getTime()));
  return withheldFromWorld(world, query);
}
