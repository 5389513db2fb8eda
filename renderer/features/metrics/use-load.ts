import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessageKey } from '../../lib/bridge';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; errorKey: string };

/**
 * Runs `load` whenever `key` changes (the key names everything the load depends on) and again on
 * `refresh`. A refresh keeps the current value on screen until the new one arrives, so a sync
 * finishing in the background does not blank the chart; a new key shows loading at once. Answers
 * to an older key are dropped, so a slow read cannot overwrite a newer choice.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): { state: LoadState<T>; refresh: () => void } {
  // The state remembers which key it answers; under another key it is not shown at all, so a new
  // choice shows loading in the very render that made it (not one render later, after drawing
  // the old data once more under the new controls).
  const [held, setHeld] = useState<{ key: string | null; state: LoadState<T> }>({
    key,
    state: key === null ? { status: 'idle' } : { status: 'loading' },
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setHeld({ key, state: { status: 'idle' } });
      return;
    }
    let current = true;
    // A retry after a failure shows loading; a refresh keeps what is on screen.
    setHeld((previous) => (previous.key === key && previous.state.status !== 'error' ? previous : { key, state: { status: 'loading' } }));
    loadRef.current().then(
      (value) => {
        if (current) setHeld({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setHeld({ key, state: { status: 'error', errorKey: errorMessageKey(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const state: LoadState<T> = held.key === key ? held.state : key === null ? { status: 'idle' } : { status: 'loading' };
  return { state, refresh };
}
