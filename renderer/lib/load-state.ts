/** What a screen shows of a read: nothing asked yet, under way, its answer, or why it failed. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; errorKey: string };

/** A load state together with the key (everything the read depends on) it answers. */
export interface HeldLoad<T> {
  key: string | null;
  state: LoadState<T>;
}

/**
 * The state when a read starts: a refresh under the same key keeps what is on screen (a sync
 * finishing in the background does not blank the chart); a new key, or a retry after a failure,
 * shows loading.
 */
export function onLoadStart<T>(held: HeldLoad<T>, key: string | null): HeldLoad<T> {
  return held.key === key && held.state.status !== 'error' ? held : { key, state: { status: 'loading' } };
}

/**
 * What to show under `key`: the held state only if it answers that key, so a new choice shows
 * loading in the very render that made it, never the old data under the new controls.
 */
export function shownLoadState<T>(held: HeldLoad<T>, key: string | null): LoadState<T> {
  if (held.key === key) return held.state;
  return key === null ? { status: 'idle' } : { status: 'loading' };
}
