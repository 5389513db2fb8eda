import { z } from 'zod';
import { systemClock, type Clock } from '../ports';
import { answerApiRequest, type ApiDependencies, type Outcome } from './api-pipeline';
import { answerControlRequest } from './control-routes';
import { defaultScenario } from './default-scenario';
import { createFaultInjector, type FaultOptions } from './faults';
import { handlers } from './handlers/handler-table';
import { startHttpServer } from './http-server';
import { createRateLimiter } from './rate-limiter';
import { flattenHeaders, redactedHeaders, type RecordedRequest } from './request-log';
import { scenarioSchema, type ScenarioInput } from './scenario-schema';
import { createTestOrderBook, testOrderInputSchema } from './test-orders';
import { floorToHour } from './time';
import { createTimezoneCatalogue } from './timezones';
import { buildWorld } from './world';
import { withheldFromWorld, type WithheldActivity, type WithheldQuery } from './withheld-activity';

export interface SimulatorOptions {
  /** Default: `defaultScenario()`. Parsed (and defaults filled in) on start. */
  scenario?: ScenarioInput;
  /** Replaces the scenario's seed. */
  seed?: number;
  /** Default: the system clock. The data is anchored to its time at start, floored to the hour. */
  clock?: Clock;
  /** Anchors the data at this instant instead (floored to the hour), whatever the clock says at start. */
  anchor?: Date;
  /** Default 0: an ephemeral port on 127.0.0.1. */
  port?: number;
  faults?: Partial<FaultOptions>;
  /** Default true. */
  enforceRateLimits?: boolean;
  /** Default 401 (see digest §2.1 for the 400-vs-401 disagreement). */
  authFailureStatus?: 400 | 401;
  /** Simulator-clock delay before a test order shows up. Default 60 s. */
  testOrderDelayMs?: number;
  /** Test orders never show up: the failure path of the test-order check. */
  neverDeliverTestOrders?: boolean;
  /** `GET /api/flows` without an `archived` filter lists archived flows too. Default true. */
  listArchivedFlows?: boolean;
  /** Largest events `page[size]`: the schema says 1000 (default), the prose 200. */
  eventsPageSizeLimit?: number;
}

export interface RunningSimulator {
  url: string;
  port: number;
  accounts: { id: string; name: string; key: string; timezone: string; currency: string }[];
  /** Every request received, in order of answer. Live: grows as requests arrive. */
  requests: RecordedRequest[];
  setFaults(faults: Partial<FaultOptions>): void;
  placeTestOrder(input: { accountKey?: string; email: string; value?: number; delayMs?: number }): void;
  /** What this store's incidents kept it from emitting for a metric over a span (see withheld-activity.ts). */
  withheldActivity(query: WithheldQuery): WithheldActivity;
  close(): Promise<void>;
}

const settingsSchema = z.object({
  seed: z.number().int().optional(),
  port: z.number().int().min(0).max(65_535).default(0),
  enforceRateLimits: z.boolean().default(true),
  authFailureStatus: z.union([z.literal(400), z.literal(401)]).default(401),
  testOrderDelayMs: z.number().int().nonnegative().default(60_000),
  neverDeliverTestOrders: z.boolean().default(false),
  listArchivedFlows: z.boolean().default(true),
  eventsPageSizeLimit: z.number().int().min(1).max(1000).default(1000),
});

const controlPrefix = '/__simulator/';

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  // z.object drops the keys it does not know: scenario and faults have schemas of their own, the clock is a port.
  const settings = settingsSchema.parse(options);
  const scenario = scenarioSchema.parse(options.scenario ?? defaultScenario());
  const seed = settings.seed ?? scenario.seed;
  const clock = options.clock ?? systemClock;
  const world = buildWorld({ ...scenario, seed }, floorToHour((options.anchor ?? clock.now()).getTime()));
  const faults = createFaultInjector(seed, options.faults);
  const testOrders = createTestOrderBook(world, { defaultDelayMs: settings.testOrderDelayMs, neverDeliver: settings.neverDeliverTestOrders });
  const requests: RecordedRequest[] = [];
  let sequence = 0;

  const placeTestOrder = (input: unknown): { deliverMs: number } => {
    const order = testOrderInputSchema.parse(input);
    const account = order.accountKey === undefined ? world.accounts[0] : world.accounts.find((candidate) => candidate.privateKey === order.accountKey);
    if (!account) throw new Error('No simulated account has that key');
    return testOrders.place(account, order, clock.now().getTime());
  };

  const limiter = createRateLimiter();
  const timezones = createTimezoneCatalogue();
  const dependenciesFor = (baseUrl: string): ApiDependencies => ({
    world,
    baseUrl,
    faults,
    limiter,
    testOrders,
    timezones,
    handlers,
    settings: {
      enforceRateLimits: settings.enforceRateLimits,
      authFailureStatus: settings.authFailureStatus,
      behaviour: { listArchivedFlows: settings.listArchivedFlows, eventsPageSizeLimit: settings.eventsPageSizeLimit },
    },
    nextSequence: () => (sequence += 1),
  });

  let apiDependencies: ApiDependencies | undefined;
  const server = await startHttpServer(settings.port, (request, baseUrl) => {
    const headers = flattenHeaders(request.headers);
    const [path = '/', ...rest] = request.target.split('?');
    const rawQuery = rest.join('?');
    const search = new URLSearchParams(rawQuery);
    const isControl = path.startsWith(controlPrefix);
    const receivedMs = clock.now().getTime();
    const outcome: Outcome = isControl
      ? { kind: 'reply', reply: answerControlRequest(request.method, path, request.body, { placeTestOrder }), operation: null }
      : answerApiRequest({ method: request.method, pathname: path, search, headers, body: request.body, receivedMs }, (apiDependencies ??= dependenciesFor(baseUrl)));
    requests.push({
      receivedMs,
      method: request.method,
      path,
      rawQuery,
      query: [...search.entries()],
      headers: redactedHeaders(headers),
      body: request.body,
      status: outcome.kind === 'reply' ? outcome.reply.status : 0,
      operation: outcome.operation,
    });
    return { outcome, delayMs: isControl || outcome.operation === null ? 0 : faults.current().latencyMs };
  });

  return {
    url: server.url,
    port: server.port,
    accounts: world.accounts.map((account) => ({
      id: account.id,
      name: account.name,
      key: account.privateKey,
      timezone: account.timezone,
      currency: account.source.currency,
    })),
    requests,
    setFaults: (next) => faults.set(next),
    placeTestOrder: (input) => {
      placeTestOrder(input);
    },
    withheldActivity: (query) => withheldFromWorld(world, query),
    close: () => server.close(),
  };
}
