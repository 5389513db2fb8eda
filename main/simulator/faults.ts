import { z } from 'zod';
import { uniform } from './prng';

/**
 * Injected faults, for testing how a client copes. They apply to the seven API routes only. Rates
 * are drawn from the seed and the request's sequence number, so a run is repeatable; counters
 * ("the next N requests") count down as API requests arrive.
 */
export const faultOptionsSchema = z.strictObject({
  /** Share of requests answered 500 or 503. */
  serverErrorRate: z.number().min(0).max(1),
  /** The next N requests are answered 429 with `Retry-After` (`retryAfterSeconds`). */
  rateLimitStorm: z.number().int().nonnegative(),
  /**
   * Every request is answered 429 for this many minutes of the simulator's clock, counted from the
   * first API request that arrives after it is set (so a test's fake clock can compress a storm).
   */
  rateLimitStormMinutes: z.number().nonnegative(),
  /** The `Retry-After` of the injected 429s, in seconds. */
  retryAfterSeconds: z.number().int().nonnegative(),
  /** Wall-clock delay before every answer (real time: it is about the network, not the data). */
  latencyMs: z.number().nonnegative(),
  /** Share of requests never answered, until the client gives up or the simulator closes. */
  hangRate: z.number().min(0).max(1),
  /** Share of 200 answers cut in the middle of the JSON. */
  truncateRate: z.number().min(0).max(1),
  /** Share of 200 answers that are valid JSON of the wrong shape. */
  malformedRate: z.number().min(0).max(1),
  /** The next N requests get their connection destroyed without an answer. */
  dropConnections: z.number().int().nonnegative(),
  /** These keys are answered as invalid. */
  revokedKeys: z.array(z.string()),
  /** These scopes are taken from every key: operations needing them answer 403. */
  missingScopes: z.array(z.string()),
});
export type FaultOptions = z.infer<typeof faultOptionsSchema>;

export const noFaults: FaultOptions = {
  serverErrorRate: 0,
  rateLimitStorm: 0,
  rateLimitStormMinutes: 0,
  retryAfterSeconds: 1,
  latencyMs: 0,
  hangRate: 0,
  truncateRate: 0,
  malformedRate: 0,
  dropConnections: 0,
  revokedKeys: [],
  missingScopes: [],
};

export type ArrivalFault = { readonly kind: 'drop' } | { readonly kind: 'hang' } | { readonly kind: 'storm' } | { readonly kind: 'server-error'; readonly status: 500 | 503 };
export type BodyFault = 'truncate' | 'malformed';

export interface FaultInjector {
  /** The faults in force now. */
  current(): FaultOptions;
  /** Replaces the named faults; counters restart from the given values. Throws on bad values. */
  set(faults: Partial<FaultOptions>): void;
  /** What happens to the API request number `sequence`, arrived at `nowMs` of the simulator's clock, before it is looked at. */
  onArrival(sequence: number, nowMs: number): ArrivalFault | null;
  /** What happens to a 200 answer of request number `sequence`. */
  onSuccess(sequence: number): BodyFault | null;
}

export function createFaultInjector(seed: number, initial: Partial<FaultOptions> = {}): FaultInjector {
  let faults: FaultOptions = { ...noFaults, ...faultOptionsSchema.partial().parse(initial) };
  // When the timed storm ends: set by the first request that meets it, cleared when it is set again.
  let stormEndsAtMs: number | null = null;
  const draw = (kind: string, sequence: number, rate: number) => rate > 0 && uniform(seed, 'fault', kind, sequence) < rate;

  return {
    current: () => faults,
    set(partial) {
      const parsed = faultOptionsSchema.partial().parse(partial);
      faults = { ...faults, ...parsed };
      if (parsed.rateLimitStormMinutes !== undefined) stormEndsAtMs = null;
    },
    onArrival(sequence, nowMs) {
      if (faults.dropConnections > 0) {
        faults = { ...faults, dropConnections: faults.dropConnections - 1 };
        return { kind: 'drop' };
      }
      if (faults.rateLimitStorm > 0) {
        faults = { ...faults, rateLimitStorm: faults.rateLimitStorm - 1 };
        return { kind: 'storm' };
      }
      if (faults.rateLimitStormMinutes > 0) {
        stormEndsAtMs ??= nowMs + faults.rateLimitStormMinutes * 60_000;
        if (nowMs < stormEndsAtMs) return { kind: 'storm' };
      }
      if (draw('hang', sequence, faults.hangRate)) return { kind: 'hang' };
      if (draw('server-error', sequence, faults.serverErrorRate)) {
        return { kind: 'server-error', status: uniform(seed, 'fault', 'server-error-status', sequence) < 0.5 ? 500 : 503 };
      }
      return null;
    },
    onSuccess(sequence) {
      if (draw('truncate', sequence, faults.truncateRate)) return 'truncate';
      if (draw('malformed', sequence, faults.malformedRate)) return 'malformed';
      return null;
    },
  };
}
