import { TEST_ORDER_TIMEOUT_MS, type WizardSession } from '../../shared/domain/wizard';

/**
 * The test-order check as a pure state machine: each poll of the account (profile by email, then
 * its Placed Order events since the wizard began) moves `waiting` to `found`, or to `timed-out`
 * once the integration's usual lag (30-60 minutes) has passed with margin. `cancelled` and the
 * two outcomes are final until the operator starts checking again.
 */
export type TestOrderState = NonNullable<WizardSession['testOrder']>;

export { TEST_ORDER_TIMEOUT_MS };

export interface PollObservation {
  profileFound: boolean;
  /** Events of a Placed Order metric for that profile since `since`, any order. */
  events: { time: string; value: number | null }[];
}

export function beginCheck(since: string, now: Date): TestOrderState {
  return { since, began: now.toISOString(), state: 'waiting', checks: 0, lastCheckedAt: null, profileFound: false, event: null };
}

export function observe(state: TestOrderState, observation: PollObservation, now: Date): TestOrderState {
  if (state.state !== 'waiting') return state;
  const checked = { ...state, checks: state.checks + 1, lastCheckedAt: now.toISOString(), profileFound: state.profileFound || observation.profileFound };
  const earliest = [...observation.events].sort((a, b) => a.time.localeCompare(b.time))[0];
  if (earliest) return { ...checked, state: 'found', event: earliest };
  if (now.getTime() - Date.parse(state.began) >= TEST_ORDER_TIMEOUT_MS) return { ...checked, state: 'timed-out' };
  return checked;
}

export function cancelCheck(state: TestOrderState): TestOrderState {
  return state.state === 'waiting' ? { ...state, state: 'cancelled' } : state;
}
