import type { OperationName } from '../../../shared/klaviyo/operations';
import type { ParsedQuery } from '../query-parameters';
import type { AccountActivity } from '../test-orders';
import type { TimezoneCatalogue } from '../timezones';
import type { SimAccount, World } from '../world';

/** Behaviour the spec leaves open, settable per simulator (our choices; defaults in index.ts). */
export interface OpenBehaviour {
  /** `GET /api/flows` without an `archived` filter lists archived flows too. */
  readonly listArchivedFlows: boolean;
  /** Largest `page[size]` for `GET /api/events`: the schema says 1000, the prose 200. */
  readonly eventsPageSizeLimit: number;
}

/** Everything an operation needs to answer one authenticated, admitted request. */
export interface HandlerContext {
  readonly world: World;
  readonly account: SimAccount;
  readonly nowMs: number;
  readonly baseUrl: string;
  /** The operation's canonical path with Klaviyo's trailing slash, for `links.self`. */
  readonly linkPath: string;
  readonly query: ParsedQuery;
  readonly pathId: string | undefined;
  readonly body: string;
  /** Profiles and events visible now (scenario plus delivered test orders). Computed on demand. */
  activity(): AccountActivity;
  readonly timezones: TimezoneCatalogue;
  readonly behaviour: OpenBehaviour;
}

/** Answers the JSON:API document for a 200, or throws an `ApiError`. */
export type Handler = (context: HandlerContext) => unknown;

export type HandlerTable = Record<OperationName, Handler>;
